import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cartThroughApi, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { CART_FILLERS, countStatuses, inParallel, ITERATIONS, race, RACE_TEST_TIMEOUT_MS } from "../support/concurrency";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";

// Checkouts racing for a discount code's last uses and for a gift certificate's balance, through
// POST /cart and POST /checkout with Stripe faked on loopback. Each race is judged by one function
// that must first catch the same race run on a naive read-then-write path.

const westCoast = { shippingAddress: { country: "US", state: "WA" } }; // no tax, no shipping rate

let stripe: FakeStripe;
beforeAll(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_API_URL = stripe.url;
});
afterAll(() => stripe.close());

type Answer = { status: number; body: { errorCode?: string; data?: { total?: number } } | null };

/** A fresh shop selling a $25.00 tee with plenty of stock, and `shoppers` carts of one tee filled through the API. */
async function shopWithCarts(shoppers: number, options: { price?: number } = {}) {
  const shop = await createCheckoutStore();
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 1000, price: options.price ?? 2500 } });
  const sessions = await inParallel(shoppers, CART_FILLERS, () => cartThroughApi(shop.siteId, shop.product.id, 1));
  return { ...shop, sessions };
}

const intentsOf = (siteId: number) => [...stripe.intents.values()].filter((intent) => intent.metadata.siteId === String(siteId));

describe("a discount code with maxUses 5 under 100 concurrent checkouts", () => {
  const MAX_USES = 5;
  const SHOPPERS = 100;
  const PRICE = 2500;
  const DISCOUNTED = 2000; // FIVEOFF takes $5.00

  type Race = { answers: Answer[]; orderTotals: number[]; charged: number[]; usedCount: number };

  /** Every broken promise of the race, as text; empty when it held. */
  function discountViolations({ answers, orderTotals, charged, usedCount }: Race): string[] {
    const violations: string[] = [];
    const discounted = orderTotals.filter((total) => total === DISCOUNTED).length;
    if (discounted !== MAX_USES) violations.push(`${discounted} discounted orders for ${MAX_USES} uses`);
    if (usedCount !== discounted) violations.push(`usedCount ${usedCount} for ${discounted} discounted orders`);
    const fullPrice = orderTotals.filter((total) => total !== DISCOUNTED).length + charged.filter((amount) => amount !== DISCOUNTED).length;
    if (fullPrice > 0) violations.push(`${fullPrice} orders or charges without the discount`);
    for (const answer of answers) {
      if (answer.status === 200 && answer.body?.data?.total !== DISCOUNTED) violations.push(`a shopper was answered a total of ${answer.body?.data?.total}`);
      if (answer.status !== 200 && (answer.status !== 400 || answer.body?.errorCode !== "invalid_discount_code")) violations.push(`a loser got ${answer.status} ${answer.body?.errorCode}`);
    }
    return violations;
  }

  it("the harness catches the overuse of a naive read-then-write code check", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const code = await db().discountCode.create({ data: { siteId: shop.siteId, code: "FIVEOFF", discountType: "fixed_amount", amount: PRICE - DISCOUNTED } });
    const orderTotals: number[] = [];
    const naiveCheckout = async (): Promise<Answer> => {
      const { usedCount } = await db().discountCode.findUniqueOrThrow({ where: { id: code.id } });
      if (usedCount >= MAX_USES) return { status: 400, body: { errorCode: "invalid_discount_code" } };
      await db().discountCode.update({ where: { id: code.id }, data: { usedCount: usedCount + 1 } });
      orderTotals.push(DISCOUNTED);
      return { status: 200, body: { data: { total: DISCOUNTED } } };
    };
    const answers = await race(SHOPPERS, naiveCheckout);
    const { usedCount } = await db().discountCode.findUniqueOrThrow({ where: { id: code.id } });
    expect(discountViolations({ answers, orderTotals, charged: orderTotals, usedCount })).toContain(`${orderTotals.length} discounted orders for ${MAX_USES} uses`);
  });

  it(`gives exactly ${MAX_USES} discounted orders and answers every other shopper 400 Invalid discount code, never a full-price order (${ITERATIONS} races)`, async () => {
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const shop = await shopWithCarts(SHOPPERS, { price: PRICE });
      await db().discountCode.create({ data: { siteId: shop.siteId, code: "FIVEOFF", discountType: "fixed_amount", amount: PRICE - DISCOUNTED, maxUses: MAX_USES } });
      const answers = await race(SHOPPERS, (i) => postCheckout(shop.siteId, checkoutBody(shop.sessions[i], { ...westCoast, discountCode: "FIVEOFF" })));
      const orders = await db().order.findMany({ where: { siteId: shop.siteId }, select: { total: true, discountCode: true } });
      const { usedCount } = await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "FIVEOFF" } });
      const outcome = { answers, orderTotals: orders.map((o) => o.total), charged: intentsOf(shop.siteId).map((intent) => intent.amount), usedCount };
      expect(discountViolations(outcome)).toEqual([]);
      expect(countStatuses(answers)).toEqual({ 200: MAX_USES, 400: SHOPPERS - MAX_USES });
      expect(outcome.charged).toEqual(Array(MAX_USES).fill(DISCOUNTED));
      expect(orders.every((o) => o.discountCode === "FIVEOFF")).toBe(true);
      expect(answers.find((a) => a.status === 400)!.body).toEqual({ success: false, message: "Invalid discount code", errorCode: "invalid_discount_code" });
    }
  }, RACE_TEST_TIMEOUT_MS);
});

describe("a gift certificate of $100.00 under 20 concurrent $60.00 redemptions", () => {
  const BALANCE = 10_000;
  const REDEMPTION = 6000;
  const SHOPPERS = 20;

  type Race = { answers: Answer[]; redeemed: number[]; remaining: number };

  /** Every broken promise of the race, as text; empty when it held. */
  function giftViolations({ answers, redeemed, remaining }: Race): string[] {
    const violations: string[] = [];
    const full = redeemed.filter((amount) => amount === REDEMPTION).length;
    if (full !== 1) violations.push(`${full} redemptions of ${REDEMPTION} from a balance of ${BALANCE}`);
    if (remaining < 0) violations.push(`balance went down to ${remaining}`);
    const ledger = redeemed.reduce((sum, amount) => sum + amount, 0);
    if (ledger !== BALANCE - remaining) violations.push(`ledger holds ${ledger} but the balance fell by ${BALANCE - remaining}`);
    const paid = answers.filter((a) => a.status === 200).length;
    if (paid !== redeemed.length) violations.push(`${paid} orders placed for ${redeemed.length} redemptions`);
    for (const answer of answers) {
      if (answer.status !== 200 && (answer.status !== 400 || answer.body?.errorCode !== "invalid_gift_certificate")) violations.push(`a loser got ${answer.status} ${answer.body?.errorCode}`);
    }
    return violations;
  }

  it("the harness catches the overdraft of a naive read-then-write redemption", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const gift = await db().giftCertificate.create({ data: { siteId: shop.siteId, code: "GIFT-100", initialAmount: BALANCE, remainingAmount: BALANCE } });
    const redeemed: number[] = [];
    const naiveRedeem = async (): Promise<Answer> => {
      const { remainingAmount } = await db().giftCertificate.findUniqueOrThrow({ where: { id: gift.id } });
      if (remainingAmount < REDEMPTION) return { status: 400, body: { errorCode: "invalid_gift_certificate" } };
      await db().giftCertificate.update({ where: { id: gift.id }, data: { remainingAmount: remainingAmount - REDEMPTION } });
      redeemed.push(REDEMPTION);
      return { status: 200, body: null };
    };
    const answers = await race(SHOPPERS, naiveRedeem);
    const { remainingAmount } = await db().giftCertificate.findUniqueOrThrow({ where: { id: gift.id } });
    expect(giftViolations({ answers, redeemed, remaining: remainingAmount })).toContain(`${redeemed.length} redemptions of ${REDEMPTION} from a balance of ${BALANCE}`);
  });

  it(`lets exactly one $60.00 redemption through, and the redemptions ledger matches the balance (${ITERATIONS} races)`, async () => {
    const outcomes: Record<string, number> = {};
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const shop = await shopWithCarts(SHOPPERS, { price: REDEMPTION });
      const gift = await db().giftCertificate.create({ data: { siteId: shop.siteId, code: "GIFT-100", initialAmount: BALANCE, remainingAmount: BALANCE } });
      const answers = await race(SHOPPERS, (i) => postCheckout(shop.siteId, checkoutBody(shop.sessions[i], { ...westCoast, giftCertificateCode: "GIFT-100" })));
      const redemptions = await db().giftCertificateRedemption.findMany({ where: { giftCertificateId: gift.id }, select: { amount: true } });
      const { remainingAmount } = await db().giftCertificate.findUniqueOrThrow({ where: { id: gift.id } });
      expect(giftViolations({ answers, redeemed: redemptions.map((r) => r.amount), remaining: remainingAmount })).toEqual([]);
      expect(answers.find((a) => a.status === 400)!.body).toEqual({ success: false, message: "The gift certificate no longer covers this amount", errorCode: "invalid_gift_certificate" });
      // The full redemption is paid by the certificate alone. A checkout that priced the order after
      // it may use the $40.00 left and charge the rest by card; that is told to the shopper (amountDue).
      const paid = answers.filter((a) => a.status === 200).map((a) => (a.body as { data: { paymentMode: string; amountDue: number } }).data);
      expect(paid.filter((p) => p.paymentMode === "gift_certificate" && p.amountDue === 0)).toHaveLength(1);
      expect(paid.filter((p) => p.paymentMode !== "gift_certificate").every((p) => p.amountDue === REDEMPTION - (BALANCE - REDEMPTION))).toBe(true);
      const key = `${countStatuses(answers)[200]} placed`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    console.log("[gift race] outcomes over", ITERATIONS, "races:", outcomes);
  }, RACE_TEST_TIMEOUT_MS);
});
