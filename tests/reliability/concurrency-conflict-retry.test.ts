import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { holdStock } from "@/lib/checkout/holds";
import { db } from "@/lib/db";
import { isTransactionConflict, runTransaction } from "@/lib/db/run-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { ITERATIONS, RACE_TEST_TIMEOUT_MS } from "../support/concurrency";
import { createProduct } from "../support/fixtures";
import { addCartItem } from "@/lib/cart/add-cart-item";

// Serialization failures and deadlocks are normal under row locks and strict isolation; the app
// runs the aborted transaction again (lib/db/run-transaction.ts) instead of answering 500. Both
// are forced here on real PostgreSQL, and each harness first shows the conflict reaching a caller
// that does not retry.

let rival: pg.Client;
beforeAll(async () => {
  rival = new pg.Client({ connectionString: inject("databaseUrl") });
  await rival.connect();
  // The app's sessions keep the default 1 s, so the app, not the rival, is the deadlock's victim.
  await rival.query("SET deadlock_timeout = '30s'");
  // One checkout first, so the timed races below do not include Prisma compiling each query once.
  const warmUp = await twoProductCart();
  await postCheckout(warmUp.siteId, checkoutBody(warmUp.sessionId));
});
afterAll(() => rival.end());

const settle = <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }));

/**
 * Runs `work`, which locks products `first` then `second`, into a deadlock: a rival transaction
 * holds `second`, waits until `work` blocks on it, then asks for `first`. PostgreSQL aborts `work`'s
 * transaction (40P01); the rival then commits. Answers how `work` ended.
 */
async function deadlockAgainst<T>(work: () => Promise<T>, first: number, second: number) {
  const { rows } = await rival.query<{ deadlocks: string }>("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
  await rival.query("BEGIN");
  // The lock an UPDATE of stock takes (not FOR UPDATE, which would also block the order's foreign
  // keys to the product, so the work would wait before locking anything of its own).
  await rival.query(`SELECT id FROM "Product" WHERE id = $1 FOR NO KEY UPDATE`, [second]);
  const outcome = settle(work());
  const deadline = Date.now() + 120_000;
  // Inside its transaction the rival would see one cached snapshot of pg_stat_activity: cleared each time.
  const blockedOnRival = async () => {
    await rival.query("SELECT pg_stat_clear_snapshot()");
    return (await rival.query(`SELECT 1 FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))`)).rowCount;
  };
  while (!(await blockedOnRival())) {
    if (Date.now() > deadline) throw new Error("the work never blocked on the rival's lock");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await rival.query(`UPDATE "Product" SET "updatedAt" = now() WHERE id = $1`, [first]);
  await rival.query("COMMIT");
  const ended = await outcome;
  // The victim's backend reports its deadlock to the statistics a moment later.
  const deadlocks = async () => {
    await rival.query("SELECT pg_stat_clear_snapshot()");
    const after = await rival.query<{ deadlocks: string }>("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    return Number(after.rows[0].deadlocks) - Number(rows[0].deadlocks);
  };
  const statsDeadline = Date.now() + 5_000;
  while ((await deadlocks()) === 0 && Date.now() < statsDeadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return { ...ended, deadlocks: await deadlocks() };
}

/** A shop with two tracked products and a cart holding one of each (locked in id order at checkout). */
async function twoProductCart() {
  const shop = await createCheckoutStore({ stripe: false });
  const first = await createProduct(shop.siteId, { inventory: 5, price: 1000 });
  const second = await createProduct(shop.siteId, { inventory: 5, price: 1000 });
  const sessionId = await cartWith(shop.siteId, second.id, 1);
  await addCartItem(shop.siteId, { sessionId, productId: first.id, quantity: 1 });
  return { ...shop, first, second, sessionId };
}

describe("deadlocks are retried, never answered 500", () => {
  it("the harness forces a deadlock that reaches a caller without retry", async () => {
    const shop = await twoProductCart();
    const lines = [shop.first, shop.second].map((p) => ({ productId: p.id, variantId: null, quantity: 1, productName: p.name }));
    const ended = await deadlockAgainst(() => db().$transaction((tx) => holdStock(tx, lines)), shop.first.id, shop.second.id);
    expect(ended.deadlocks).toBe(1);
    expect("error" in ended && isTransactionConflict(ended.error)).toBe(true);
  });

  it(`a checkout whose order transaction is chosen as a deadlock's victim is placed on the rerun (${ITERATIONS} deadlocks)`, async () => {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const shop = await twoProductCart();
      const ended = await deadlockAgainst(() => postCheckout(shop.siteId, checkoutBody(shop.sessionId)), shop.first.id, shop.second.id);
      expect(ended.deadlocks).toBe(1);
      expect("value" in ended && ended.value.status).toBe(200);
      expect(await db().order.count({ where: { siteId: shop.siteId } })).toBe(1);
      const stock = await db().product.findMany({ where: { id: { in: [shop.first.id, shop.second.id] } }, select: { inventory: true } });
      expect(stock.map((p) => p.inventory)).toEqual([4, 4]);
    }
  }, RACE_TEST_TIMEOUT_MS);
});

describe("serialization failures are retried", () => {
  /**
   * Two Serializable transactions that both read a product's stock before either writes it back
   * plus one: one of them must fail with 40001. Answers how each ended and the final stock.
   */
  async function readThenWriteTwice(run: (work: (tx: Prisma.TransactionClient) => Promise<void>) => Promise<void>) {
    const product = await createProduct((await createCheckoutStore({ stripe: false })).siteId, { inventory: 0 });
    let reads = 0;
    let bothRead: () => void;
    const barrier = new Promise<void>((resolve) => (bothRead = resolve));
    const work = async (tx: Prisma.TransactionClient) => {
      const { inventory } = await tx.product.findUniqueOrThrow({ where: { id: product.id }, select: { inventory: true } });
      if (++reads === 2) bothRead();
      await barrier;
      await tx.product.update({ where: { id: product.id }, data: { inventory: inventory + 1 } });
    };
    const ended = await Promise.all([settle(run(work)), settle(run(work))]);
    const { inventory } = await db().product.findUniqueOrThrow({ where: { id: product.id } });
    return { failures: ended.filter((e) => "error" in e).map((e) => (e as { error: unknown }).error), inventory };
  }

  const serializable = { isolationLevel: Prisma.TransactionIsolationLevel.Serializable };

  it("the harness forces a serialization failure that reaches a caller without retry", async () => {
    const { failures, inventory } = await readThenWriteTwice((work) => db().$transaction(work, serializable));
    expect(failures).toHaveLength(1);
    expect(isTransactionConflict(failures[0])).toBe(true);
    expect(inventory).toBe(1);
  });

  it(`runTransaction reruns the transaction that lost, so both increments land (${ITERATIONS} conflicts)`, async () => {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const { failures, inventory } = await readThenWriteTwice((work) => runTransaction(work, serializable));
      expect(failures).toEqual([]);
      expect(inventory).toBe(2);
    }
  }, RACE_TEST_TIMEOUT_MS);
});
