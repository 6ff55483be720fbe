import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { expect, type APIRequestContext } from "@playwright/test";
import { waitForHealth } from "./wait-for-health";

/**
 * Starts e2e/support/stripe-shop-server.ts (the built app whose site 1 sells through a fake Stripe
 * on loopback) on `port`, and waits until it answers.
 */
export async function startStripeShop(port: number) {
  const server = spawn(process.execPath, ["--import", "tsx", "e2e/support/stripe-shop-server.ts", String(port)], { stdio: ["ignore", "pipe", "ignore"] });
  const stop = () => void server.kill("SIGTERM");
  try {
    const fakeStripeUrl = await new Promise<string>((resolve, reject) => {
      server.stdout.on("data", (chunk: Buffer) => {
        const url = /fake Stripe on (\S+)/.exec(chunk.toString())?.[1];
        if (url) resolve(url);
      });
      server.on("exit", () => reject(new Error("the Stripe shop server stopped")));
    });
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForHealth(`${baseURL}/api/health`, 120_000);
    return { baseURL, fakeStripeUrl, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Pays a subscription's first invoice at the fake Stripe and delivers the signed invoice.paid
 * webhook Stripe would send, which makes the subscription active.
 */
export async function payFirstInvoice(request: APIRequestContext, fakeStripeUrl: string, subscriptionId: number, amountPaid: number) {
  const paid = await fetch(`${fakeStripeUrl}/fake/subscriptions/${subscriptionId}/pay-first-invoice`, { method: "POST", headers: { authorization: "Bearer sk_test_e2e" } });
  const remote = (await paid.json()) as { id: string; latest_invoice: string; metadata: Record<string, string> };
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replace(/-/g, "")}`,
    object: "event",
    type: "invoice.paid",
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: remote.latest_invoice,
        object: "invoice",
        billing_reason: "subscription_create",
        amount_paid: amountPaid,
        currency: "usd",
        parent: { type: "subscription_details", subscription_details: { subscription: remote.id, metadata: remote.metadata } },
      },
    },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_e2e" });
  const delivered = await request.post("/api/storefront/1/webhooks/stripe", { headers: { "stripe-signature": signature, "content-type": "application/json" }, data: payload });
  expect((await delivered.json()).data).toMatchObject({ handled: true });
}
