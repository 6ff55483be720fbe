import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as cartRoute from "@/app/api/storefront/[siteId]/cart/route";
import { computeTotals, type Totals, type TotalsInput } from "@/lib/checkout/compute-totals";
import { unitPriceFor } from "@/lib/cart/pricing";
import { db } from "@/lib/db";
import { callRoute } from "../support/api";
import { address, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe";
import { createProduct } from "../support/fixtures";

// Promise: an order's money is integer cents, never negative, and adds up: what is charged is
// lines − discount − loyalty points − gift certificate + shipping + tax; prices a client sends are ignored.

const cents = (max: number) => fc.integer({ min: 0, max });
const line = fc.record({
  basePrice: cents(500_000),
  quantity: fc.integer({ min: 1, max: 999 }),
  bulk: fc.array(fc.record({ minQuantity: fc.integer({ min: 1, max: 1000 }), unitPrice: cents(500_000) }), { maxLength: 3 }),
});
const discount = fc.option(
  fc.oneof(
    fc.record({ discountType: fc.constant("percent" as const), amount: cents(20_000) }),
    fc.record({ discountType: fc.constant("fixed_amount" as const), amount: cents(10_000_000) }),
    fc.record({ discountType: fc.constant("free_shipping" as const), amount: cents(10_000) }),
  ),
);
const pricing = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 8 }),
  discount,
  shipping: fc.option(fc.record({ price: cents(100_000), freeAbove: fc.option(cents(1_000_000)) })),
  taxRate: fc.option(fc.record({ rate: cents(3_000), includesShipping: fc.boolean() })),
  giftCertificateBalance: fc.option(cents(10_000_000)),
  loyalty: fc.option(fc.record({ points: fc.integer({ min: 0, max: 2_147_483_647 }), pointValueCents: cents(10_000) })),
});

/** What the issue calls the total: lines − discounts − loyalty points − gift certificate + shipping + tax. */
const charged = (t: Totals) => t.subtotal - t.discountTotal - t.loyaltyDiscountTotal - t.giftCertificateTotal + t.shippingTotal + t.taxTotal;

function expectSound(totals: Totals, input: TotalsInput) {
  for (const [field, value] of Object.entries(totals)) {
    expect({ field, integer: Number.isSafeInteger(value), negative: value < 0 }).toEqual({ field, integer: true, negative: false });
  }
  expect(totals.total).toBe(totals.subtotal - totals.discountTotal - totals.loyaltyDiscountTotal + totals.shippingTotal + totals.taxTotal);
  expect(totals.amountDue).toBe(charged(totals));
  expect(totals.discountTotal).toBeLessThanOrEqual(totals.subtotal);
  // Points come off the discounted merchandise only, whole points at their value, never more than asked.
  expect(totals.loyaltyDiscountTotal).toBeLessThanOrEqual(totals.subtotal - totals.discountTotal);
  expect(totals.loyaltyDiscountTotal).toBe(totals.loyaltyPointsRedeemed * (input.loyalty?.pointValueCents ?? 0));
  expect(totals.loyaltyPointsRedeemed).toBeLessThanOrEqual(input.loyalty?.points ?? 0);
  const balance = input.giftCertificateBalance ?? 0;
  // A certificate pays all it can: the whole total when it covers it, else its whole balance.
  expect(totals.giftCertificateTotal).toBe(Math.min(balance, totals.total));
  if (input.discount?.discountType === "free_shipping") expect(totals.shippingTotal).toBe(0);
  if (input.shipping?.freeAbove != null && totals.subtotal >= input.shipping.freeAbove) expect(totals.shippingTotal).toBe(0);
}

describe("computeTotals over generated carts", () => {
  it("is integer cents, never negative, and adds up (5,000 carts)", () => {
    fc.assert(
      fc.property(pricing, ({ lines, ...rest }) => {
        const unitsOf = lines.reduce((sum, l) => sum + l.quantity, 0);
        // Every line is one product here, so its bulk tiers count all the cart's units.
        const subtotal = lines.reduce((sum, l) => sum + unitPriceFor(l.basePrice, unitsOf, l.bulk) * l.quantity, 0);
        const input = { subtotal, ...rest };
        expectSound(computeTotals(input), input);
      }),
      { numRuns: 5_000 },
    );
  });

  it("charges nothing when a certificate covers the total, and the rest when it covers part", () => {
    fc.assert(
      fc.property(pricing, fc.boolean(), ({ lines, ...rest }, full) => {
        const subtotal = lines.reduce((sum, l) => sum + l.basePrice * l.quantity, 0);
        const { total } = computeTotals({ subtotal, ...rest, giftCertificateBalance: null });
        fc.pre(total > 0);
        const balance = full ? total + (rest.giftCertificateBalance ?? 0) : Math.floor(total / 2);
        const withGift = computeTotals({ subtotal, ...rest, giftCertificateBalance: balance });
        expect(withGift.amountDue).toBe(full ? 0 : total - balance);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("POST /cart and POST /checkout over generated carts", () => {
  let stripe: FakeStripe;
  let shop: Awaited<ReturnType<typeof createCheckoutStore>>;
  beforeAll(async () => {
    stripe = await startFakeStripe();
    process.env.STRIPE_API_URL = stripe.url;
    shop = await createCheckoutStore();
  });
  afterAll(() => stripe.close());

  // Price-like fields a client might send, all of which the server must ignore.
  const forgedPrices = fc.record({ unitPrice: fc.integer({ min: -1000, max: 1 }), price: fc.constant(0), total: fc.constant(1), lineTotal: fc.constant(0), subtotal: fc.constant(0), amount: fc.constant(1) });
  const order = fc.record({
    lines: fc.array(fc.record({ price: fc.integer({ min: 1, max: 9_000 }), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3 }),
    discount,
    giftBalance: fc.option(fc.integer({ min: 1, max: 20_000 })),
    shipped: fc.boolean(),
    taxed: fc.boolean(),
    forged: forgedPrices,
  });

  it("prices every order from the catalogue and the store's rules (30 orders)", async () => {
    await fc.assert(
      fc.asyncProperty(order, async ({ lines, discount, giftBalance, shipped, taxed, forged }) => {
        const sessionId = randomUUID();
        for (const l of lines) {
          const product = await createProduct(shop.siteId, { price: l.price, inventory: 100 });
          const added = await callRoute(cartRoute.POST, `/api/storefront/${shop.siteId}/cart`, {
            params: { siteId: String(shop.siteId) },
            method: "POST",
            body: { sessionId, productId: product.id, quantity: l.quantity, ...forged },
          });
          expect(added.status).toBe(200);
        }
        const code = `GEN${randomUUID().slice(0, 8).toUpperCase()}`;
        if (discount) await db().discountCode.create({ data: { siteId: shop.siteId, code, ...discount } });
        if (giftBalance) await db().giftCertificate.create({ data: { siteId: shop.siteId, code, initialAmount: giftBalance, remainingAmount: giftBalance } });

        const body = checkoutBody(sessionId, {
          shippingAddress: { ...address, state: taxed ? "OR" : "WA" },
          ...(shipped ? { shippingRateId: shop.rateId } : {}),
          ...(discount ? { discountCode: code } : {}),
          ...(giftBalance ? { giftCertificateCode: code } : {}),
          ...forged,
          discountTotal: 99_999,
          taxTotal: 0,
          shippingTotal: 0,
          amountDue: 0,
          items: [{ productId: 1, unitPrice: 0, quantity: 1 }],
        });
        const { status, body: answer } = await postCheckout(shop.siteId, body);
        expect(status).toBe(200);

        const expected = computeTotals({
          subtotal: lines.reduce((sum, l) => sum + l.price * l.quantity, 0),
          shipping: shipped ? { price: 995, freeAbove: 10_000 } : null,
          discount,
          taxRate: taxed ? { rate: 770, includesShipping: false } : null,
          giftCertificateBalance: giftBalance,
        });
        const placed = await db().order.findUniqueOrThrow({ where: { id: answer.data.orderId }, include: { items: true } });
        expect({ total: answer.data.total, amountDue: answer.data.amountDue }).toEqual({ total: expected.total, amountDue: expected.amountDue });
        expect(placed).toMatchObject({
          subtotal: expected.subtotal,
          discountTotal: expected.discountTotal,
          shippingTotal: expected.shippingTotal,
          taxTotal: expected.taxTotal,
          giftCertificateTotal: expected.giftCertificateTotal,
          total: expected.total,
        });
        expect(placed.items.map((i) => [i.unitPrice, i.quantity, i.total])).toEqual(lines.map((l) => [l.price, l.quantity, l.price * l.quantity]));
        expect(placed.total - placed.giftCertificateTotal).toBe(
          placed.subtotal - placed.discountTotal - placed.giftCertificateTotal + placed.shippingTotal + placed.taxTotal,
        );
        if (expected.amountDue > 0) expect(stripe.intents.get(answer.data.clientSecret.split("_secret_")[0])?.amount).toBe(expected.amountDue);
        else expect(answer.data.paymentMode).toBe("gift_certificate");
      }),
      { numRuns: 30 },
    );
  });
});
