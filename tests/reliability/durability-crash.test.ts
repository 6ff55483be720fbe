import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import * as verifyRoute from "@/app/api/storefront/[siteId]/checkout/verify/route";
import { db } from "@/lib/db";
import { expirePendingOrders } from "@/lib/orders/expire-pending-orders";
import { stripeClient } from "@/lib/payments/stripe-client";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, deliverStripeEvent, postCheckout } from "../support/checkout-fixtures";
import type { CrashTask } from "../support/crash-child";
import { startAppProcess } from "../support/crash-process";
import { startFakeStripe, type FakeIntent, type FakeStripe } from "../support/fake-stripe";
import { createProduct } from "../support/fixtures";

// Kills the app (SIGKILL, in a process of its own) at each step of checkout, of Stripe webhook
// handling and of the expiry sweep, then recovers in another process the way production does: the
// shopper retries with the same Idempotency-Key, Stripe redelivers, the success page verifies, the
// sweep runs again. A step is reached either when the fake Stripe receives the app's request, or
// when the app's transaction waits on a lock this test holds on a row or table it must write next.

vi.hoisted(() => {
  // A short Stripe budget, so an order orphaned by a crash is re-opened seconds later, not a minute.
  process.env.STRIPE_TIMEOUT_MS = "1000";
  process.env.STRIPE_MAX_NETWORK_RETRIES = "0";
});

const INITIAL_STOCK = 10;
const QUANTITY = 2;
let stripe: FakeStripe;
let siteId: number;
let locks: pg.Client;
const productIds: number[] = [];

beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
  ({ siteId } = await createCheckoutStore());
  locks = new pg.Client({ connectionString: inject("databaseUrl") });
  await locks.connect();
});
afterAll(async () => {
  await locks.end();
  await stripe.close();
});

/** A step of the app: arm() returns once the app process has reached it; disarm() lets the database go on. */
type Step = { arm(): Promise<void>; disarm(): Promise<void> };

/**
 * The app reaches this step when its statement waits for a lock that `sql` (run by the test) takes.
 * Once it is killed, its connection goes too, as with a machine that died: the statement it was
 * waiting on never runs, and its open transaction rolls back.
 */
function waitingOnLock(sql: string, values: unknown[] = []): Step {
  let waiting: number[] = [];
  return {
    async arm() {
      await locks.query("BEGIN");
      await locks.query(sql, values);
      while (waiting.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        // Activity statistics are a snapshot per transaction: refresh it on every look.
        await locks.query("SELECT pg_stat_clear_snapshot()");
        const { rows } = await locks.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        waiting = rows.map((row) => row.pid);
      }
    },
    async disarm() {
      await locks.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [waiting]);
      await locks.query("ROLLBACK");
    },
  };
}

/** The app reaches this step when it asks the fake Stripe for a PaymentIntent, which never answers. */
function stripeCreateStalls(when: "before" | "after"): Step {
  return {
    arm() {
      stripe.stallCreates(when);
      return stripe.nextRequest("POST", "/v1/payment_intents");
    },
    disarm: async () => stripe.stallCreates(null),
  };
}

/** Runs the task in an app process and kills it at the step; it must not have finished before. */
async function killAt(task: CrashTask, step: Step) {
  const app = startAppProcess(task);
  try {
    const first = await Promise.race([step.arm().then(() => "reached" as const), app.exited]);
    if (first !== "reached") throw new Error(`The app process ended before the step: ${JSON.stringify(first)}`);
    expect((await app.kill()).signal).toBe("SIGKILL");
  } finally {
    await app.kill();
    await step.disarm();
  }
}

async function newCart() {
  const product = await createProduct(siteId, { price: 2500, inventory: INITIAL_STOCK });
  productIds.push(product.id);
  return { productId: product.id, sessionId: await cartWith(siteId, product.id, QUANTITY) };
}

/** The shopper's browser: retries a checkout with its Idempotency-Key while the answer is 409 "still in progress". */
async function checkoutUntilAnswered(sessionId: string, idempotencyKey: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await postCheckout(siteId, checkoutBody(sessionId), { "Idempotency-Key": idempotencyKey });
    if (response.status !== 409 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const intentOf = (clientSecret: string) => stripe.intents.get(clientSecret.split("_secret_")[0])!;
const eventObject = (intent: FakeIntent) => ({ ...intent });

/** The shopper pays; the success page verifies with Stripe, and Stripe delivers its webhook: either completes the order. */
async function pay(intent: FakeIntent, orderNumber: string) {
  intent.status = "succeeded";
  const verified = await callRoute(verifyRoute.POST, `/api/storefront/${siteId}/checkout/verify`, {
    params: { siteId: String(siteId) },
    method: "POST",
    body: { orderNumber, paymentIntentId: intent.id },
  });
  expect(verified.body.data).toMatchObject({ paid: true });
  const delivered = await deliverStripeEvent(siteId, { type: "payment_intent.succeeded", object: eventObject(intent) });
  expect(delivered.status).toBe(200);
}

async function placeAndOpen() {
  const { productId, sessionId } = await newCart();
  const { status, body } = await postCheckout(siteId, checkoutBody(sessionId), { "Idempotency-Key": randomUUID() });
  expect(status).toBe(200);
  return { productId, orderId: body.data.orderId as number, orderNumber: body.data.orderNumber as string, intent: intentOf(body.data.clientSecret) };
}

/**
 * The criterion over the whole store: every succeeded PaymentIntent has exactly one paid
 * order (with its succeeded payment), no order has two PaymentIntents, every order is paid or
 * cancelled with its holds released, and stock is what the paid orders took, so holds went back
 * exactly once.
 */
async function expectPaymentInvariants() {
  const orders = await db().order.findMany({
    where: { siteId },
    select: { id: true, status: true, paymentStatus: true, stripePaymentIntentId: true, holdsReleasedAt: true, payments: true, items: true, statusHistory: true },
  });
  const intents = [...stripe.intents.values()].filter((intent) => intent.metadata.siteId === String(siteId));
  for (const intent of intents.filter((i) => i.status === "succeeded")) {
    const paid = orders.filter((o) => o.stripePaymentIntentId === intent.id);
    expect(paid, `orders of ${intent.id}`).toHaveLength(1);
    expect(paid[0]).toMatchObject({ status: "paid", paymentStatus: "paid" });
    expect(paid[0].payments.filter((p) => p.status === "succeeded").map((p) => p.amount)).toEqual([intent.amount]);
  }
  const intentOrders = intents.map((intent) => intent.metadata.orderId).sort();
  expect(intentOrders, "orders with more than one PaymentIntent").toEqual([...new Set(intentOrders)]);
  for (const order of orders) {
    if (order.status === "paid") {
      expect(stripe.intents.get(order.stripePaymentIntentId!)?.status).toBe("succeeded");
    } else {
      expect(order.status).toBe("cancelled");
      expect(order.holdsReleasedAt).not.toBeNull();
      expect(order.statusHistory.filter((h) => h.toStatus === "cancelled")).toHaveLength(1);
    }
  }
  const products = await db().product.findMany({ where: { id: { in: productIds } }, select: { id: true, inventory: true } });
  for (const product of products) {
    const sold = orders.filter((o) => o.status === "paid").flatMap((o) => o.items.filter((i) => i.productId === product.id));
    expect(product.inventory, `stock of product ${product.id}`).toBe(INITIAL_STOCK - sold.reduce((sum, i) => sum + i.quantity, 0));
  }
}

it("the invariant check catches a naive retry that asks Stripe for a second PaymentIntent for the same order", async () => {
  const placed = await placeAndOpen();
  // Naive: the retry calls Stripe without the order's idempotency key.
  const naive = await stripeClient("sk_test_fake").paymentIntents.create({
    amount: placed.intent.amount,
    currency: "usd",
    metadata: { ...placed.intent.metadata },
  });
  await expect(expectPaymentInvariants()).rejects.toThrow(/orders with more than one PaymentIntent/);
  stripe.intents.delete(naive.id);
  await pay(placed.intent, placed.orderNumber);
  await expectPaymentInvariants();
});

describe("a checkout killed part-way, then retried by the shopper with the same Idempotency-Key", () => {
  const steps: [string, () => Step][] = [
    // The order's transaction has stored the order and its holds and waits to tag the cart.
    ["inside the transaction that stores the order and its holds", () => waitingOnLock(`SELECT 1 FROM "Cart" WHERE "siteId" = $1 FOR UPDATE`, [siteId])],
    ["after the order is stored, before Stripe saw the PaymentIntent request", () => stripeCreateStalls("before")],
    ["after Stripe created the PaymentIntent, before its answer arrived", () => stripeCreateStalls("after")],
    // The order row is tagged with the intent and the payment row waits to be written.
    ["inside the transaction that records the PaymentIntent on the order", () => waitingOnLock(`LOCK TABLE "Payment" IN SHARE MODE`)],
  ];

  it.each(steps)("%s: one order, one PaymentIntent, paid once", async (_step, step) => {
    const { sessionId } = await newCart();
    const idempotencyKey = randomUUID();
    await killAt({ kind: "checkout", siteId, sessionId, idempotencyKey }, step());

    const retried = await checkoutUntilAnswered(sessionId, idempotencyKey);
    expect(retried.status).toBe(200);
    await pay(intentOf(retried.body.data.clientSecret), retried.body.data.orderNumber);
    expect(await db().order.count({ where: { siteId, idempotencyKey } })).toBe(1);
    await expectPaymentInvariants();
  });

  it("after it answered (the answer lost on the way): the retry gets the same order and PaymentIntent", async () => {
    const { sessionId } = await newCart();
    const idempotencyKey = randomUUID();
    const first = await startAppProcess({ kind: "checkout", siteId, sessionId, idempotencyKey }).exited;
    expect(first.code).toBe(0);
    const retried = await checkoutUntilAnswered(sessionId, idempotencyKey);
    expect(retried.body.data.orderId).toBe(JSON.parse(first.stdout).body.data.orderId);
    await pay(intentOf(retried.body.data.clientSecret), retried.body.data.orderNumber);
    await expectPaymentInvariants();
  });
});

describe("a Stripe webhook killed part-way, then redelivered by Stripe", () => {
  it("payment_intent.succeeded inside the transaction that marks the order paid", async () => {
    const placed = await placeAndOpen();
    placed.intent.status = "succeeded";
    const event = { id: `evt_${randomUUID()}`, type: "payment_intent.succeeded", object: eventObject(placed.intent) };
    // The order is marked paid, its payment succeeded, its cart emptied; the cart's status waits.
    await killAt({ kind: "webhook", siteId, event }, waitingOnLock(`SELECT 1 FROM "Cart" WHERE "siteId" = $1 FOR UPDATE`, [siteId]));
    expect(await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: "pending" });

    const redelivered = await deliverStripeEvent(siteId, event);
    expect(redelivered.body.data).toMatchObject({ handled: true, paidOrderId: placed.orderId });
    await expectPaymentInvariants();
  });

  it("payment_intent.succeeded after the order is paid, before the event is recorded as processed", async () => {
    const placed = await placeAndOpen();
    placed.intent.status = "succeeded";
    const event = { id: `evt_${randomUUID()}`, type: "payment_intent.succeeded", object: eventObject(placed.intent) };
    await killAt({ kind: "webhook", siteId, event }, waitingOnLock(`LOCK TABLE "ProcessedWebhookEvent" IN SHARE MODE`));
    expect(await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: "paid" });

    const redelivered = await deliverStripeEvent(siteId, event);
    // Handled again, and changing nothing: the order was paid by the killed process.
    expect(redelivered.body.data).toEqual({ received: true, handled: true });
    expect(await db().processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(1);
    await expectPaymentInvariants();
  });

  it("payment_intent.payment_failed inside the transaction that gives the holds back", async () => {
    const placed = await placeAndOpen();
    const failed = { ...eventObject(placed.intent), last_payment_error: { message: "Your card was declined." } };
    const event = { id: `evt_${randomUUID()}`, type: "payment_intent.payment_failed", object: failed };
    // The order is tagged released; giving the stock back waits on the product row.
    await killAt({ kind: "webhook", siteId, event }, waitingOnLock(`SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE`, [placed.productId]));
    expect((await db().product.findUniqueOrThrow({ where: { id: placed.productId } })).inventory).toBe(INITIAL_STOCK - QUANTITY);

    await deliverStripeEvent(siteId, event);
    expect((await db().product.findUniqueOrThrow({ where: { id: placed.productId } })).inventory).toBe(INITIAL_STOCK);
    await deliverStripeEvent(siteId, event);
    expect((await db().product.findUniqueOrThrow({ where: { id: placed.productId } })).inventory).toBe(INITIAL_STOCK);
  });
});

describe("the expiry sweep killed part-way, then run again", () => {
  it("after cancelling the PaymentIntent at Stripe, inside the transaction that gives the holds back: released exactly once", async () => {
    const placed = await placeAndOpen();
    const later = new Date(Date.now() + 24 * 60 * 60_000);
    await killAt(
      // This shop's orders only: the sweep takes the 100 oldest of the database, and other tests
      // leave pending orders whose intents their own fake Stripe took away.
      { kind: "expire-orders", siteId, now: later.toISOString() },
      waitingOnLock(`SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE`, [placed.productId]),
    );
    expect(placed.intent.status).toBe("canceled");
    expect(await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: "pending", holdsReleasedAt: null });

    await expirePendingOrders({ siteId, now: later });
    await expirePendingOrders({ siteId, now: later });
    expect(await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: "cancelled" });
    expect((await db().product.findUniqueOrThrow({ where: { id: placed.productId } })).inventory).toBe(INITIAL_STOCK);
    // Every order of the store is settled now: paid through a crash, or cancelled with holds back once.
    await expectPaymentInvariants();
  });
});
