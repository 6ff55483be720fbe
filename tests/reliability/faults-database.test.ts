import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as demoPaymentRoute from "@/app/api/storefront/[siteId]/checkout/demo-payment/route";
import { createPrismaClient } from "@/lib/db/client";
import { sendPendingConfirmations } from "@/lib/orders/send-pending-confirmations";
import { callRoute, type ApiResult } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { createProduct } from "../support/fixtures";

// PostgreSQL goes away in the middle of a checkout load and comes back. The shared local server is
// never restarted: the app reaches it through a TCP proxy on loopback that drops every connection
// and refuses new ones, then listens again. Shoppers keep checking out and paying (demo payments)
// the way a client should, retrying the same Idempotency-Key after 503 and 409.

const { proxy, databaseUrl } = await vi.hoisted(async () => {
  const { startFaultProxy } = await import("../support/fault-proxy");
  const direct = process.env.DATABASE_URL!;
  const target = new URL(direct);
  const started = await startFaultProxy({ host: target.hostname, port: Number(target.port) });
  const proxied = new URL(direct);
  proxied.port = String(started.port);
  process.env.DATABASE_URL = proxied.toString();
  // An order orphaned by the outage (placed, its payment not recorded) is re-opened by a retry
  // once the Stripe budget is past: keep that budget short.
  process.env.STRIPE_TIMEOUT_MS = "1000";
  process.env.STRIPE_MAX_NETWORK_RETRIES = "0";
  return { proxy: started, databaseUrl: direct };
});

const SHOPPERS = 8;
const CARTS = 48;
const STOCK = 1_000;
const OUTAGE_MS = 4_000;
const RECOVERY_LIMIT_MS = 30_000;

const direct = createPrismaClient(databaseUrl, 2);
let siteId: number;
let productId: number;

beforeAll(async () => {
  // Each 503 is logged with its stack; the answers are what this test reads.
  vi.spyOn(console, "error").mockImplementation(() => {});
  ({ siteId } = await createCheckoutStore({ stripe: false }));
  productId = (await createProduct(siteId, { price: 2500, inventory: STOCK })).id;
});
afterAll(async () => {
  await direct.$disconnect();
  await proxy.close();
});

type Answer = { startedAt: number; endedAt: number; status: number; retryAfter: string | null; body: ApiResult["body"] };

it("answers 503 with Retry-After while PostgreSQL is down, recovers within 30 s, and leaves no partial order", async () => {
  const carts: string[] = [];
  for (let i = 0; i < CARTS; i++) carts.push(await cartWith(siteId, productId, 1));
  const answers: Answer[] = [];
  const timed = async (call: () => Promise<ApiResult>) => {
    const startedAt = Date.now();
    const { status, headers, body } = await call();
    answers.push({ startedAt, endedAt: Date.now(), status, retryAfter: headers.get("retry-after"), body });
    return { status, body };
  };
  // A well-behaved client: the same request again after 503 (Retry-After, shortened here) or 409.
  const untilAnswered = async (call: () => Promise<ApiResult>) => {
    for (;;) {
      const answer = await timed(call);
      if (answer.status !== 503 && answer.status !== 409) return answer;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const completed: number[] = [];
  const shopper = async () => {
    for (let sessionId = carts.pop(); sessionId; sessionId = carts.pop()) {
      const idempotencyKey = randomUUID();
      const placed = await untilAnswered(() => postCheckout(siteId, checkoutBody(sessionId), { "Idempotency-Key": idempotencyKey }));
      expect(placed.status).toBe(200);
      const payment = { orderNumber: placed.body.data.orderNumber, paymentIntentId: placed.body.data.clientSecret.replace(/_secret_demo$/, "") };
      const paid = await untilAnswered(() =>
        callRoute(demoPaymentRoute.POST, `/api/storefront/${siteId}/checkout/demo-payment`, { params: { siteId: String(siteId) }, method: "POST", body: payment }),
      );
      expect(paid.body.data).toMatchObject({ paid: true });
      completed.push(Date.now());
    }
  };

  const load = Promise.all(Array.from({ length: SHOPPERS }, shopper));
  // The cut comes once the shop is busy, while most carts are still to be bought: a fixed delay
  // let a fast machine buy them all before the database went away.
  while (completed.length < SHOPPERS) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(carts.length, "carts left to buy during the outage").toBeGreaterThan(SHOPPERS);
  const downAt = Date.now();
  await proxy.cut();
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
  await proxy.restore();
  const upAt = Date.now();
  await load;

  // While it was down: every answer is 503 in the envelope, with Retry-After.
  const duringOutage = answers.filter((a) => a.startedAt > downAt && a.endedAt < upAt);
  expect(duringOutage.length).toBeGreaterThan(SHOPPERS);
  for (const answer of duringOutage) {
    expect(answer).toMatchObject({ status: 503, retryAfter: "5", body: { success: false, errorCode: "service_unavailable" } });
  }
  // Never a 500 or another error: only successes, 503s and the Idempotency-Key's "still in progress".
  const failures = answers.filter((a) => a.status !== 200);
  // A confirmation mailed after its answer may have met the outage: logged, and caught up below.
  const logged = vi.mocked(console.error).mock.calls.map(([label]) => label);
  expect(logged.filter((label) => label !== "[storefront-api] database unavailable" && label !== "[after-response] task failed")).toEqual([]);
  for (const answer of failures) {
    expect([503, 409]).toContain(answer.status);
    expect(answer.body).toMatchObject({ success: false, errorCode: answer.status === 503 ? "service_unavailable" : "conflict" });
    if (answer.status === 503) expect(answer.retryAfter).toBe("5");
  }
  const recoveredMs = Math.min(...completed.filter((t) => t > upAt)) - upAt;
  const drainedMs = Math.max(...completed) - upAt;
  console.log(
    `outage ${OUTAGE_MS} ms: ${answers.length} answers, ${failures.filter((a) => a.status === 503).length} × 503, ${failures.filter((a) => a.status === 409).length} × 409; ` +
      `first purchase ${recoveredMs} ms after the database came back, all ${CARTS} done ${drainedMs} ms after`,
  );
  expect(drainedMs).toBeLessThan(RECOVERY_LIMIT_MS);

  // No partial order: one order per cart, each with its line, its stock taken once, paid with its payment.
  const orders = await direct.order.findMany({ where: { siteId }, include: { items: true, payments: true } });
  expect(orders).toHaveLength(CARTS);
  for (const order of orders) {
    expect(order).toMatchObject({ status: "paid", paymentStatus: "paid", holdsReleasedAt: null });
    expect(order.items.map((i) => [i.productId, i.quantity])).toEqual([[productId, 1]]);
    expect(order.payments.filter((p) => p.status === "succeeded").map((p) => [p.providerPaymentId, p.amount])).toEqual([[order.stripePaymentIntentId, order.total]]);
  }
  expect((await direct.product.findUniqueOrThrow({ where: { id: productId } })).inventory).toBe(STOCK - CARTS);

  // Every paid order gets its confirmation: the ones the outage swallowed by the scheduled catch-up.
  await waitForBackgroundMail();
  await sendPendingConfirmations({ now: new Date(Date.now() + 15 * 60_000) });
  expect(await direct.order.count({ where: { siteId, confirmationSentAt: null } })).toBe(0);
});

/** Confirmations mailed after their answers run in the background: wait until none is being claimed. */
async function waitForBackgroundMail() {
  let unsent = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await direct.order.count({ where: { siteId, confirmationSentAt: null } });
    if (now === unsent) return;
    unsent = now;
  }
}
