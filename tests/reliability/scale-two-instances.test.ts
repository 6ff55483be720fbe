import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { LOOKUPS_PER_HOUR } from "@/lib/orders/get-guest-order";
import type { ApiResult } from "../support/api";
import { BUILD_TIMEOUT_MS, ensureProductionBuild, startAppInstance, type AppInstance } from "../support/app-instances";
import { checkoutBody, createCheckoutStore } from "../support/checkout-fixtures";
import { CART_FILLERS, countStatuses, inParallel, race } from "../support/concurrency";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

// Two instances of the production build (`next start`, separate processes, each with its own
// memory and DATA_DIR) on one PostgreSQL database, Stripe faked on loopback, requests alternating
// between them as a load balancer would send them. Whatever one instance counted, reserved or
// signed in must hold on the other: nothing that matters may live in a process.

const STOCK = 10;
const SHOPPERS = 60;
const HOUR_MS = 60 * 60 * 1000;
const westCoast = { shippingAddress: { country: "US", state: "WA" } }; // no tax, no shipping rate

let stripe: FakeStripe;
const instances: AppInstance[] = [];
const [a, b] = [() => instances[0], () => instances[1]];
/** The instance a load balancer sends request i to: round robin. */
const instanceFor = (i: number) => instances[i % instances.length];

beforeAll(async () => {
  ensureProductionBuild();
  stripe = await startFakeStripe();
  const shared = {
    DATABASE_URL: inject("databaseUrl"),
    DATABASE_POOL_SIZE: "5",
    STRIPE_API_URL: stripe.url,
    // The one secret every instance must share: it signs the shop's cookies.
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  };
  // One after the other: two cold starts at once on a 2-core machine only make both slower.
  instances.push(await startAppInstance("instance-a", shared));
  instances.push(await startAppInstance("instance-b", shared));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  // Runs even when beforeAll or a test failed; every server started is ended.
  await Promise.all(instances.map((instance) => instance.stop()));
  await stripe?.close();
});

/** A JSON request to one instance over HTTP; the answer says which instance gave it. */
async function call(instance: AppInstance, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiResult & { instance: string }> {
  const response = await fetch(`${instance.origin}${path}`, {
    method,
    headers: { "content-type": "application/json", ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body, text, instance: instance.name };
}

/** A new cart session holding `quantity` units, filled through POST /cart on the given instance. */
async function cartOn(instance: AppInstance, siteId: number, productId: number, quantity = 1) {
  const sessionId = randomUUID();
  const added = await call(instance, "POST", `/api/storefront/${siteId}/cart`, { body: { sessionId, productId, quantity } });
  if (added.status !== 200) throw new Error(`POST /cart on ${instance.name} answered ${added.status}: ${added.text}\n${instance.output()}`);
  return sessionId;
}

const checkoutOn = (instance: AppInstance, siteId: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(instance, "POST", `/api/storefront/${siteId}/checkout`, { body, headers });

describe(`two app instances on one PostgreSQL`, () => {
  it(`sell exactly ${STOCK} units to ${SHOPPERS} shoppers checking out at once on both, and refuse the rest 409`, async () => {
    const shop = await createCheckoutStore();
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: STOCK } });
    // Each cart is filled on one instance and checked out on the other.
    const sessions = await inParallel(SHOPPERS, CART_FILLERS, (i) => cartOn(instanceFor(i), shop.siteId, shop.product.id));
    const answers = await race(SHOPPERS, (i) => checkoutOn(instanceFor(i + 1), shop.siteId, checkoutBody(sessions[i], westCoast)));

    expect(countStatuses(answers)).toEqual({ 200: STOCK, 409: SHOPPERS - STOCK });
    for (const loser of answers.filter((answer) => answer.status !== 200)) {
      expect(loser.body).toEqual({ success: false, message: `Not enough stock of ${shop.product.name}`, errorCode: "insufficient_stock" });
    }
    // Both instances took part in the race and refused shoppers of their own.
    for (const instance of instances) {
      const answered = answers.filter((answer) => answer.instance === instance.name);
      expect(answered).toHaveLength(SHOPPERS / 2);
      expect(answered.some((answer) => answer.status === 409)).toBe(true);
    }

    const { inventory } = await db().product.findUniqueOrThrow({ where: { id: shop.product.id }, select: { inventory: true } });
    expect(inventory).toBe(0);
    const orders = await db().order.findMany({ where: { siteId: shop.siteId }, select: { id: true, status: true, holdsReleasedAt: true, stripePaymentIntentId: true, items: { select: { quantity: true } } } });
    expect(orders).toHaveLength(STOCK);
    for (const order of orders) expect({ status: order.status, held: order.holdsReleasedAt === null, units: order.items.reduce((sum, item) => sum + item.quantity, 0) }).toEqual({ status: "pending", held: true, units: 1 });
    const winnerOrderIds = answers.filter((answer) => answer.status === 200).map((answer) => (answer.body as { data: { orderId: number } }).data.orderId);
    expect(new Set(winnerOrderIds)).toEqual(new Set(orders.map((order) => order.id)));
    // One PaymentIntent per order, opened by whichever instance placed it.
    const intents = [...stripe.intents.values()].filter((intent) => intent.metadata.siteId === String(shop.siteId));
    expect(new Set(intents.map((intent) => intent.id))).toEqual(new Set(orders.map((order) => order.stripePaymentIntentId)));
  });

  it(`count guest order lookups across both: the ${LOOKUPS_PER_HOUR + 1}th of one number is 429 whichever instance answers`, async () => {
    const shop = await createCheckoutStore();
    const placed = await checkoutOn(b(), shop.siteId, checkoutBody(await cartOn(a(), shop.siteId, shop.product.id)));
    expect({ status: placed.status, body: placed.body }).toMatchObject({ status: 200 });
    const orderNumber = (placed.body as { data: { orderNumber: string } }).data.orderNumber;
    const lookup = (instance: AppInstance, email: string) =>
      call(instance, "GET", `/api/storefront/${shop.siteId}/orders/${encodeURIComponent(orderNumber)}?email=${encodeURIComponent(email)}`);

    // The limit counts per clock hour; lookups split over two hours would count in two windows.
    const untilNextHour = HOUR_MS - (Date.now() % HOUR_MS);
    if (untilNextHour < 30_000) await new Promise((resolve) => setTimeout(resolve, untilNextHour + 1_000));

    // 9 wrong guesses and the right one, alternating: each instance saw only 5 of the 10.
    for (let i = 1; i < LOOKUPS_PER_HOUR; i++) expect((await lookup(instanceFor(i), `guess${i}@example.com`)).status).toBe(404);
    const found = await lookup(instanceFor(LOOKUPS_PER_HOUR), "jane@example.com");
    expect({ status: found.status, orderNumber: (found.body as { data?: { orderNumber?: string } }).data?.orderNumber }).toEqual({ status: 200, orderNumber });

    for (const instance of [a(), b()]) {
      const refused = await lookup(instance, "jane@example.com");
      expect({ instance: refused.instance, status: refused.status, body: refused.body }).toEqual({
        instance: instance.name,
        status: 429,
        body: { success: false, message: "Too many order lookups; try again later", errorCode: "rate_limited" },
      });
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    // One counter in the database holds every attempt, from both instances.
    const windows = await db().rateLimitWindow.findMany({ where: { key: `order-lookup:${shop.siteId}:number:${orderNumber.toUpperCase()}` }, select: { count: true } });
    expect(windows).toEqual([{ count: LOOKUPS_PER_HOUR + 2 }]);
  });

  it("replay an Idempotency-Key checkout on the other instance with the same order, in flight (409) and after", async () => {
    const shop = await createCheckoutStore();
    const sessionId = await cartOn(a(), shop.siteId, shop.product.id);
    const body = checkoutBody(sessionId, westCoast);
    const key = { "idempotency-key": randomUUID() };

    // Instance A places the order and waits on Stripe; B sees that order in flight and says so.
    const resume = stripe.pauseCreates();
    const first = checkoutOn(a(), shop.siteId, body, key);
    await expect.poll(() => db().order.count({ where: { siteId: shop.siteId, cartSessionId: sessionId } }), { timeout: 15_000 }).toBe(1);
    const duplicate = await checkoutOn(b(), shop.siteId, body, key);
    resume();
    expect({ status: duplicate.status, errorCode: (duplicate.body as { errorCode?: string }).errorCode }).toEqual({ status: 409, errorCode: "conflict" });
    const original = await first;
    expect(original.status).toBe(200);

    // Afterwards B, and A again, answer the first answer: the same order and PaymentIntent.
    for (const instance of [b(), a()]) {
      const replay = await checkoutOn(instance, shop.siteId, body, key);
      expect({ instance: replay.instance, status: replay.status, body: replay.body }).toEqual({ instance: instance.name, status: 200, body: original.body });
    }
    const other = await checkoutOn(b(), shop.siteId, { ...body, customerNote: "leave at the door" }, key);
    expect({ status: other.status, errorCode: (other.body as { errorCode?: string }).errorCode }).toEqual({ status: 422, errorCode: "idempotency_key_reused" });

    expect(await db().order.count({ where: { siteId: shop.siteId } })).toBe(1);
    expect([...stripe.intents.values()].filter((intent) => intent.metadata.siteId === String(shop.siteId))).toHaveLength(1);
    const { inventory } = await db().product.findUniqueOrThrow({ where: { id: shop.product.id }, select: { inventory: true } });
    expect(inventory).toBe(shop.product.inventory - 1);

    // Sent to both at once with a fresh cart and key: still one order, never a second answer.
    const atOnce = await cartOn(b(), shop.siteId, shop.product.id);
    const atOnceKey = { "idempotency-key": randomUUID() };
    const answers = await race(6, (i) => checkoutOn(instanceFor(i), shop.siteId, checkoutBody(atOnce, westCoast), atOnceKey));
    const statuses = countStatuses(answers);
    expect((statuses[200] ?? 0) + (statuses[409] ?? 0)).toBe(6);
    const answeredOrders = new Set(answers.filter((answer) => answer.status === 200).map((answer) => (answer.body as { data: { orderId: number } }).data.orderId));
    expect(answeredOrders.size).toBe(1);
    expect(await db().order.count({ where: { siteId: shop.siteId, cartSessionId: atOnce } })).toBe(1);
  });

  it("keep a customer session made on one instance on the other, and end it on both when it signs out on either", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const auth = `/api/storefront/${shop.siteId}/auth`;
    const email = `scale-${randomUUID()}@example.com`;
    const password = "long enough secret";
    expect((await call(a(), "POST", auth, { body: { action: "register", email, password } })).status).toBe(201);
    const login = await call(a(), "POST", auth, { body: { action: "login", email, password } });
    expect(login.status).toBe(200);
    const bearer = { authorization: `Bearer ${(login.body as { data: { token: string } }).data.token}` };
    const me = (instance: AppInstance) => call(instance, "POST", auth, { body: { action: "me" }, headers: bearer });

    for (const instance of [b(), a()]) {
      const profile = await me(instance);
      expect({ instance: profile.instance, status: profile.status, email: (profile.body as { data?: { email?: string } }).data?.email }).toEqual({ instance: instance.name, status: 200, email });
    }
    expect((await call(b(), "POST", auth, { body: { action: "logout" }, headers: bearer })).status).toBe(200);
    for (const instance of [a(), b()]) {
      const ended = await me(instance);
      expect({ instance: ended.instance, status: ended.status, body: ended.body }).toEqual({
        instance: instance.name,
        status: 401,
        body: { success: false, message: "Unauthorized", errorCode: "unauthorized" },
      });
    }
  });

  it("both serve the product from their catalogue cache, and both show a change made elsewhere within a second", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const { slug } = await db().product.findUniqueOrThrow({ where: { id: shop.product.id }, select: { slug: true } });
    const price = async (instance: AppInstance) => (await call(instance, "GET", `/api/storefront/${shop.siteId}/products/${slug}`)).body.data.price as number;
    const before = await price(a());
    expect(await price(b())).toBe(before);
    // The merchant's tool, or a third instance: a write neither app instance made.
    await db().product.update({ where: { id: shop.product.id }, data: { price: before + 100 } });
    const started = Date.now();
    for (const instance of instances) {
      while ((await price(instance)) !== before + 100) {
        expect(Date.now() - started, `${instance.name} still answers the old price`).toBeLessThan(1_000);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  });
});

