import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/email/smtp-transport";
import { env } from "@/lib/env";
import { aiShop, designIn, postAi } from "../support/ai-fixtures";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { startFakeAnthropic, type FakeAnthropic } from "../support/fake-anthropic";
import { startFakeOpenAi, type FakeOpenAi } from "../support/fake-openai";
import { startFakeSmtp } from "../support/fake-smtp";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

// Stripe, the AI providers and the mail server hang or fail (their fakes on loopback stall or
// answer errors): every call gives up at the limit lib/env configures, the shopper gets an answer
// in the envelope within that limit plus a margin, and a retried Stripe call never charges twice.

const LIMIT_MS = 1_000;
// The route's own database work and scheduling, on a machine busy with other suites; still far
// below the production limits (Stripe alone: 15 s × 3 attempts).
const MARGIN_MS = 5_000;
// stripe-node waits between its retries: 0.5 s, then up to 1 s.
const STRIPE_BACKOFF_MS = 1_500;
const configured = { ...env };
let stripe: FakeStripe;
let openai: FakeOpenAi;
let anthropic: FakeAnthropic;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;

beforeAll(async () => {
  [stripe, openai, anthropic, smtp] = await Promise.all([startFakeStripe(), startFakeOpenAi(), startFakeAnthropic(), startFakeSmtp()]);
  process.env.STRIPE_API_URL = stripe.url;
  // lib/env is parsed once, at import; the clients read it at each call.
  Object.assign(env, {
    OPENAI_API_URL: `${openai.url}/v1`,
    ANTHROPIC_API_URL: anthropic.url,
    STRIPE_TIMEOUT_MS: LIMIT_MS,
    STRIPE_MAX_NETWORK_RETRIES: 2,
    AI_TEXT_TIMEOUT_MS: LIMIT_MS,
    AI_IMAGE_TIMEOUT_MS: LIMIT_MS,
    SMTP_CONNECT_TIMEOUT_MS: LIMIT_MS,
    SMTP_SOCKET_TIMEOUT_MS: LIMIT_MS,
  });
});
afterAll(async () => {
  Object.assign(env, configured);
  await Promise.all([stripe.close(), openai.close(), anthropic.close(), smtp.close()]);
});

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await call();
  return { result, ms: performance.now() - started };
}

describe("Stripe", () => {
  const createCalls = (since: number) => stripe.requests.slice(since).filter((r) => r.method === "POST" && r.path === "/v1/payment_intents");

  it("hanging: checkout gives up after the timeout and each retry, answers 502, releases the order, and Stripe made one PaymentIntent", async () => {
    const shop = await createCheckoutStore();
    const sessionId = await cartWith(shop.siteId, shop.product.id, 2);
    const since = stripe.requests.length;
    stripe.stallCreates("after");
    const { result, ms } = await timed(() => postCheckout(shop.siteId, checkoutBody(sessionId), { "Idempotency-Key": randomUUID() }));
    stripe.stallCreates(null);

    expect(result.status).toBe(502);
    expect(result.body).toMatchObject({ success: false, errorCode: "payment_provider_error" });
    const attempts = env.STRIPE_MAX_NETWORK_RETRIES + 1;
    expect(ms).toBeGreaterThanOrEqual(attempts * LIMIT_MS);
    expect(ms).toBeLessThan(attempts * LIMIT_MS + STRIPE_BACKOFF_MS + MARGIN_MS);
    // Every attempt carried the order's idempotency key, so Stripe made one intent for all three.
    const calls = createCalls(since);
    expect(calls).toHaveLength(attempts);
    expect(new Set(calls.map((c) => c.idempotencyKey))).toEqual(new Set([expect.stringMatching(/^order-\d+-\d+$/)]));
    const order = await db().order.findFirstOrThrow({ where: { siteId: shop.siteId }, include: { payments: true } });
    expect([...stripe.intents.values()].filter((i) => i.metadata.orderId === String(order.id))).toHaveLength(1);
    expect(order).toMatchObject({ status: "cancelled", stripePaymentIntentId: null, payments: [] });
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(5);
    console.log(`Stripe hanging: checkout answered 502 after ${Math.round(ms)} ms (${attempts} attempts of ${LIMIT_MS} ms)`);
  });

  it("failing then back: the retries reuse the idempotency key, so one PaymentIntent and one order", async () => {
    const shop = await createCheckoutStore();
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const since = stripe.requests.length;
    stripe.failNextCreates(2);
    const { status, body } = await postCheckout(shop.siteId, checkoutBody(sessionId), { "Idempotency-Key": randomUUID() });

    expect(status).toBe(200);
    const calls = createCalls(since);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.idempotencyKey)).size).toBe(1);
    expect([...stripe.intents.values()].filter((i) => i.metadata.orderId === String(body.data.orderId))).toHaveLength(1);
    expect(await db().order.count({ where: { siteId: shop.siteId } })).toBe(1);
  });
});

describe("AI providers", () => {
  it.each([
    ["text (Anthropic)", "ai-text", () => anthropic, () => anthropic.requests.length],
    ["image (OpenAI)", "ai-image", () => openai, () => openai.requests.length],
  ] as const)("%s hanging: the route answers 502 at the timeout, after one call (never retried: each is billed)", async (_name, kind, fake, requestCount) => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const sent = requestCount();
    fake().stall(true);
    const { result, ms } = await timed(() => postAi(kind, shop.siteId, design.id, { prompt: "a lighthouse at dawn" }, design.headers));
    fake().stall(false);

    expect(result.status).toBe(502);
    expect(result.body).toMatchObject({ success: false, errorCode: "ai_provider_error" });
    expect(ms).toBeGreaterThanOrEqual(LIMIT_MS);
    expect(ms).toBeLessThan(LIMIT_MS + MARGIN_MS);
    expect(requestCount() - sent).toBe(1);
  });
});

describe("mail (SMTP)", () => {
  const message = { from: "Shop <shop@example.test>", to: "jane@example.test", subject: "Your order", text: "Thanks", html: "<p>Thanks</p>", tag: "order-confirmation" };

  it.each([
    ["never greets", "greeting"],
    ["never acknowledges the message", "data"],
  ] as const)("a server that %s: the delivery fails at the timeout instead of hanging", async (_name, where) => {
    smtp.stall(where);
    const { result, ms } = await timed(() => smtpTransport(smtp.url()).send(message).then(() => "sent", (error: { code?: string }) => error.code));
    smtp.stall(null);

    expect(result).toBe("ETIMEDOUT");
    expect(ms).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(ms).toBeLessThan(LIMIT_MS + MARGIN_MS);
    expect(smtp.received).toHaveLength(0);
  });
});
