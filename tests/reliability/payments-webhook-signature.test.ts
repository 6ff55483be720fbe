import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cartWith, checkoutBody, createCheckoutStore, deliverStripeEvent, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

// Promise: only the exact raw body Stripe signed, with the store's secret, at a time within
// 300 s of now either way, is accepted. Everything else answers 400 and changes nothing.

let stripe: FakeStripe;
let shop: Awaited<ReturnType<typeof createCheckoutStore>>;
let pending: { orderId: number; succeeded: { type: string; object: Record<string, unknown> } };

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
  shop = await createCheckoutStore();
  const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
  const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId));
  const intent = stripe.intents.get(body.data.clientSecret.split("_secret_")[0])!;
  const object = { id: intent.id, object: "payment_intent", amount: intent.amount, currency: intent.currency, status: "succeeded", metadata: intent.metadata };
  pending = { orderId: body.data.orderId, succeeded: { type: "payment_intent.succeeded", object } };
});
afterAll(() => stripe.close());

const now = () => Math.floor(Date.now() / 1000);
const orderStatus = async () => (await db().order.findUniqueOrThrow({ where: { id: pending.orderId } })).status;
const processedEvents = () => db().processedWebhookEvent.count();

/** Delivers the order's succeeded event as signing says and asserts it was refused without effect. */
async function expectRefused(signing: Parameters<typeof deliverStripeEvent>[2]) {
  const events = await processedEvents();
  const { status, body } = await deliverStripeEvent(shop.siteId, pending.succeeded, signing);
  expect(status).toBe(400);
  expect(body).toEqual({ success: false, message: "Invalid Stripe signature", errorCode: "invalid_signature" });
  expect(await orderStatus()).toBe("pending");
  expect(await processedEvents()).toBe(events);
}

describe("the Stripe webhook signature", () => {
  it("refuses timestamps more than 300 s old or more than 300 s ahead", async () => {
    await expectRefused({ timestamp: now() - 310 });
    await expectRefused({ timestamp: now() - 3600 });
    // stripe-node's constructEvent checks only the age; the future bound is ours.
    await expectRefused({ timestamp: now() + 310 });
    await expectRefused({ timestamp: now() + 86_400 });
  });

  it("refuses a wrong secret and a body re-serialised after signing", async () => {
    await expectRefused({ secret: "whsec_someone_else" });
    await expectRefused({ alter: (payload) => JSON.stringify(JSON.parse(payload), null, 2) });
    await expectRefused({ alter: (payload) => `${payload}\n` });
  });

  it("refuses the body with any one byte changed", async () => {
    // Printable ASCII replacements keep the change to exactly one byte of the UTF-8 body.
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0x20, max: 0x7e }), async (position, byte) => {
        await expectRefused({
          alter: (payload) => {
            const at = position % payload.length;
            fc.pre(payload.charCodeAt(at) !== byte);
            return payload.slice(0, at) + String.fromCharCode(byte) + payload.slice(at + 1);
          },
        });
      }),
      { numRuns: 60 },
    );
  });

  it("accepts the exact body signed within the window, 290 s either side of now", async () => {
    const early = await deliverStripeEvent(shop.siteId, { ...pending.succeeded, type: "payment_intent.processing" }, { timestamp: now() + 290 });
    expect(early.status).toBe(200);
    const late = await deliverStripeEvent(shop.siteId, pending.succeeded, { timestamp: now() - 290 });
    expect(late.status).toBe(200);
    expect(late.body.data).toMatchObject({ handled: true, paidOrderId: pending.orderId });
    expect(await orderStatus()).toBe("paid");
  });
});
