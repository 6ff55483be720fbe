import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cartThroughApi, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { CART_FILLERS, countStatuses, inParallel, ITERATIONS, race, RACE_TEST_TIMEOUT_MS } from "../support/concurrency";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { createProductWithVariants } from "../support/fixtures";

// A flash sale: 200 shoppers race through POST /cart and POST /checkout (Stripe faked on loopback)
// for 10 units. Judged by one function, saleViolations, which must first catch a naive sale.

const STOCK = 10;
const SHOPPERS = 200;
const westCoast = { shippingAddress: { country: "US", state: "WA" } }; // no tax, no shipping rate

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

type Answer = { status: number; body: { errorCode?: string; message?: string } | null };
type Sale = { wanted: number[]; answers: Answer[]; unitsInOrders: number; stockLeft: number };

/** Every broken promise of a sale of STOCK units, as text; empty when the sale was sound. */
function saleViolations({ wanted, answers, unitsInOrders, stockLeft }: Sale): string[] {
  const violations: string[] = [];
  const sold = answers.reduce((sum, answer, i) => sum + (answer.status === 200 ? wanted[i] : 0), 0);
  if (sold > STOCK) violations.push(`${sold} units sold of ${STOCK}`);
  if (stockLeft < 0) violations.push(`stock went down to ${stockLeft}`);
  if (STOCK - stockLeft !== sold) violations.push(`stock fell by ${STOCK - stockLeft} but ${sold} units were sold`);
  if (unitsInOrders !== sold) violations.push(`orders hold ${unitsInOrders} units but ${sold} were sold`);
  if (wanted.every((w) => w === 1) && sold !== Math.min(STOCK, wanted.length)) violations.push(`only ${sold} single units sold`);
  answers.forEach((answer, i) => {
    if (answer.status === 200) return;
    if (answer.status !== 409 || answer.body?.errorCode !== "insufficient_stock") violations.push(`a loser got ${answer.status} ${answer.body?.errorCode}`);
    // Stock only falls during a sale, so a shopper refused for want of units wanted more than is left.
    else if (wanted[i] <= stockLeft) violations.push(`a shopper wanting ${wanted[i]} was refused with ${stockLeft} left`);
  });
  return violations;
}

/** Runs the real sale on a fresh shop: each shopper fills a cart through the API, then all check out at once. */
async function flashSale(wanted: number[]): Promise<Sale & { siteId: number; productName: string }> {
  const shop = await createCheckoutStore();
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: STOCK } });
  const sessions = await inParallel(wanted.length, CART_FILLERS, (i) => cartThroughApi(shop.siteId, shop.product.id, wanted[i]));
  const answers = await race(wanted.length, (i) => postCheckout(shop.siteId, checkoutBody(sessions[i], westCoast)));
  const ordered = await db().orderItem.aggregate({ where: { order: { siteId: shop.siteId } }, _sum: { quantity: true } });
  const { inventory } = await db().product.findUniqueOrThrow({ where: { id: shop.product.id } });
  return { siteId: shop.siteId, productName: shop.product.name, wanted, answers, unitsInOrders: ordered._sum.quantity ?? 0, stockLeft: inventory };
}

describe(`flash sale: ${SHOPPERS} shoppers, ${STOCK} units`, () => {
  it("the harness catches the overselling of a naive read-then-write checkout", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: STOCK } });
    const wanted = Array.from({ length: SHOPPERS }, () => 1);
    let unitsInOrders = 0;
    const naiveCheckout = async (quantity: number): Promise<Answer> => {
      const { inventory } = await db().product.findUniqueOrThrow({ where: { id: shop.product.id } });
      if (inventory < quantity) return { status: 409, body: { errorCode: "insufficient_stock" } };
      await db().product.update({ where: { id: shop.product.id }, data: { inventory: inventory - quantity } });
      unitsInOrders += quantity;
      return { status: 200, body: null };
    };
    const answers = await race(SHOPPERS, (i) => naiveCheckout(wanted[i]));
    const { inventory } = await db().product.findUniqueOrThrow({ where: { id: shop.product.id } });
    expect(saleViolations({ wanted, answers, unitsInOrders, stockLeft: inventory })).toContain(`${unitsInOrders} units sold of ${STOCK}`);
  });

  it(`sells exactly ${STOCK} units when each shopper wants one, and answers every other shopper 409 (${ITERATIONS} sales)`, async () => {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const sale = await flashSale(Array.from({ length: SHOPPERS }, () => 1));
      expect(saleViolations(sale)).toEqual([]);
      expect(countStatuses(sale.answers)).toEqual({ 200: STOCK, 409: SHOPPERS - STOCK });
      expect(sale.stockLeft).toBe(0);
      const loser = sale.answers.find((a) => a.status === 409)!;
      expect(loser.body).toEqual({ success: false, message: `Not enough stock of ${sale.productName}`, errorCode: "insufficient_stock" });
      // Only the winners opened a payment, each for its own order.
      const intents = [...stripe.intents.values()].filter((intent) => intent.metadata.siteId === String(sale.siteId));
      expect(intents).toHaveLength(STOCK);
      expect(await db().order.count({ where: { siteId: sale.siteId, stripePaymentIntentId: { in: intents.map((i) => i.id) } } })).toBe(STOCK);
    }
  }, RACE_TEST_TIMEOUT_MS);

  it(`never sells more than ${STOCK} units when shoppers want 1 to 3 each (${ITERATIONS} sales)`, async () => {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const sale = await flashSale(Array.from({ length: SHOPPERS }, (_, i) => 1 + ((i * 7 + iteration) % 3)));
      expect(saleViolations(sale)).toEqual([]);
      expect(sale.stockLeft).toBe(0); // 1-unit shoppers are among the losers, so the last unit always goes
    }
  }, RACE_TEST_TIMEOUT_MS);
});

describe("the database refuses counters out of range (CHECK constraints)", () => {
  it("refuses negative stock on a product or a variant, whatever writes it", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    await expect(db().product.update({ where: { id: shop.product.id }, data: { inventory: -1 } })).rejects.toThrow(/Product_inventory_not_negative/);
    await expect(db().$executeRaw`UPDATE "Product" SET inventory = inventory - 6 WHERE id = ${shop.product.id}`).rejects.toThrow(/Product_inventory_not_negative/);
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(5);

    const { variants } = await createProductWithVariants(shop.siteId, [{ size: "M", inventory: 2 }]);
    await expect(db().productVariant.update({ where: { id: variants[0].id }, data: { inventory: { decrement: 3 } } })).rejects.toThrow(/ProductVariant_inventory_not_negative/);
    expect((await db().productVariant.findUniqueOrThrow({ where: { id: variants[0].id } })).inventory).toBe(2);
  });

  it("refuses a discount code used past its maxUses or below zero, and a gift balance below zero", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const code = await db().discountCode.create({ data: { siteId: shop.siteId, code: "FIVE", discountType: "fixed_amount", amount: 100, maxUses: 5, usedCount: 5 } });
    await expect(db().discountCode.update({ where: { id: code.id }, data: { usedCount: { increment: 1 } } })).rejects.toThrow(/DiscountCode_usedCount_within_maxUses/);
    await expect(db().discountCode.update({ where: { id: code.id }, data: { usedCount: -1 } })).rejects.toThrow(/DiscountCode_usedCount_within_maxUses/);
    expect((await db().discountCode.findUniqueOrThrow({ where: { id: code.id } })).usedCount).toBe(5);

    const gift = await db().giftCertificate.findFirstOrThrow({ where: { siteId: shop.siteId, code: "GIFT-50" } });
    await expect(db().giftCertificate.update({ where: { id: gift.id }, data: { remainingAmount: { decrement: 5001 } } })).rejects.toThrow(/GiftCertificate_remainingAmount_not_negative/);
    expect((await db().giftCertificate.findUniqueOrThrow({ where: { id: gift.id } })).remainingAmount).toBe(5000);
  });
});
