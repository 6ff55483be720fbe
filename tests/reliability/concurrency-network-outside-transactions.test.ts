import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/mailer";
import { env } from "@/lib/env";
import { stripeClient } from "@/lib/payments/stripe-client";
import { aiShop, designIn, fakeAiProvidersForThisFile, postAi } from "../support/ai-fixtures";
import { callRoute } from "../support/api";
import { cartThroughApi, checkoutBody, createCheckoutStore, deliverStripeEvent, postCheckout } from "../support/checkout-fixtures";
import { signUp } from "../support/customers";
import { startFakeSmtp } from "../support/fake-smtp";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { probeFakeRequests } from "../support/loopback-server";
import { subscriptionShop } from "../support/subscriptions";
import { tagAppConnections, watchOpenTransactions } from "../support/open-transactions";

// No network call (Stripe, AI, mail) is made while the app holds a database transaction open: a
// slow provider would hold row locks and a pooled connection for as long as it takes. Every fake
// looks, on each call it receives and before answering, for this file's database sessions that sit
// 'idle in transaction'; the flows run one at a time, so any such session is waiting on the call.

const APP = `storefront-network-watch-${process.pid}`;
type Call = { address: string; openTransactions: number };

const providers = fakeAiProvidersForThisFile();
let stripe: FakeStripe;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let watcher: Awaited<ReturnType<typeof watchOpenTransactions>>;
let removeProbe: () => void;
const calls: Call[] = [];

beforeAll(async () => {
  tagAppConnections(env, APP);
  [stripe, smtp, watcher] = await Promise.all([startFakeStripe(), startFakeSmtp(), watchOpenTransactions(inject("databaseUrl"), APP)]);
  process.env.STRIPE_API_URL = stripe.url;
  env.SMTP_URL = smtp.url(); // read by the mailer on its first message
  removeProbe = probeFakeRequests(async (address) => {
    calls.push({ address, openTransactions: await watcher.idleInTransaction() });
  });
});

afterAll(async () => {
  removeProbe();
  await Promise.all([stripe.close(), smtp.close(), watcher.close()]);
});

/** The calls the fakes received while `flow` ran, each with the transactions the app held open then. */
async function callsDuring(flow: () => Promise<unknown>): Promise<Call[]> {
  const from = calls.length;
  await flow();
  return calls.slice(from);
}

const withOpenTransaction = (seen: Call[]) => seen.filter((call) => call.openTransactions > 0);

const mailTo = async (to: string, count = 1) => {
  await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(to)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
};

describe("the detector", () => {
  it("sees a Stripe call made inside a transaction on a deliberately naive path", async () => {
    const seen = await callsDuring(() =>
      db().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await stripeClient("sk_test_fake").paymentIntents.retrieve("pi_naive").catch(() => null);
      }),
    );
    expect(seen.map((call) => call.address)).toEqual([`${stripe.url}/v1/payment_intents/pi_naive`]);
    expect(withOpenTransaction(seen)).toHaveLength(1);
  });

  it("sees an e-mail sent inside a transaction on a deliberately naive path", async () => {
    const seen = await callsDuring(() =>
      db().$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await sendEmail({ to: "naive@example.com", subject: "Hi", text: "Hi", html: "<p>Hi</p>", tag: "naive" });
      }),
    );
    expect(seen.map((call) => call.address)).toEqual([`smtp://127.0.0.1:${smtp.port}`]);
    expect(withOpenTransaction(seen)).toHaveLength(1);
  });
});

describe("no network call inside a database transaction", () => {
  it("checkout opens the PaymentIntent after the order's transaction, and the paid webhook mails after its own", async () => {
    const shop = await createCheckoutStore();
    const sessionId = await cartThroughApi(shop.siteId, shop.product.id, 1);
    const checkout = await callsDuring(() => postCheckout(shop.siteId, checkoutBody(sessionId, { customerEmail: "payer@example.com" })));
    expect(checkout.map((call) => call.address)).toEqual([`${stripe.url}/v1/payment_intents`]);

    const intent = [...stripe.intents.values()].find((i) => i.metadata.siteId === String(shop.siteId))!;
    const webhook = await callsDuring(async () => {
      const delivered = await deliverStripeEvent(shop.siteId, { type: "payment_intent.succeeded", object: { ...intent, status: "succeeded" } });
      expect(delivered.body.data).toMatchObject({ handled: true });
      await mailTo("payer@example.com");
    });
    expect(webhook.map((call) => call.address)).toContain(`smtp://127.0.0.1:${smtp.port}`);
    expect(withOpenTransaction([...checkout, ...webhook])).toEqual([]);
  });

  it("the designer's AI image and text calls run outside the usage reservation's transaction", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const seen = await callsDuring(async () => {
      expect((await postAi("ai-image", shop.siteId, design.id, { prompt: "a fox" }, design.headers)).status).toBe(201);
      expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "fox slogans" }, design.headers)).status).toBe(200);
    });
    expect(seen.map((call) => call.address)).toEqual([`${providers.openai.url}/v1/images/generations`, expect.stringContaining(providers.anthropic.url)]);
    expect(withOpenTransaction(seen)).toEqual([]);
  });

  it("subscriptions call Stripe Billing outside any transaction: the start, every action, the billing webhooks and a repeated start", async () => {
    const world = await subscriptionShop(stripe);
    // Mail sent after an answer goes out in the background; the flows here run one at a time, so
    // each is let out before the next call: the customer's e-mail verification from sign-up, and
    // the confirmation of the first invoice's order.
    await mailTo(world.customer.email);
    const seen = await callsDuring(async () => {
      const id = await world.start();
      await mailTo(world.customer.email, 2);
      for (const body of [
        { action: "pause" },
        { action: "resume" },
        { action: "skip-cycle" },
        { action: "change-plan", planId: world.fortnightly.id, effective: "immediate" },
        { action: "change-quantity", quantity: 2 },
        { action: "cancel", effective: "immediate" },
      ]) {
        expect((await world.act(id, body)).status).toBe(200);
      }
      const sub = await world.remote(id);
      expect((await world.deliver(world.invoiceEvent("invoice.payment_failed", sub))).body.data).toMatchObject({ handled: true });
      expect((await world.deliver({ type: "customer.subscription.deleted", object: { id: sub.id, object: "subscription" } })).body.data).toMatchObject({ handled: true });
      // A repeated start answers the pending one, its client secret read again from Stripe.
      expect((await world.create({ planId: world.monthly.id })).status).toBe(201);
      expect((await world.create({ planId: world.monthly.id })).status).toBe(200);
    });
    expect(seen.filter((call) => call.address.includes("/v1/subscriptions")).length).toBeGreaterThan(8);
    expect(withOpenTransaction(seen)).toEqual([]);
  });

  it("the password reset e-mail is sent outside any transaction", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const customer = await signUp(shop.siteId);
    const seen = await callsDuring(async () => {
      await callRoute(authRoute, `/api/storefront/${shop.siteId}/auth`, {
        params: { siteId: String(shop.siteId) },
        method: "POST",
        body: { action: "forgot-password", email: customer.email },
      });
      await mailTo(customer.email);
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(withOpenTransaction(seen)).toEqual([]);
  });
});
