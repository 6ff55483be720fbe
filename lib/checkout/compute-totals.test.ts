import { describe, expect, it } from "vitest";
import { computeTotals, taxRateFor } from "./compute-totals";

const none = { shipping: null, discount: null, taxRate: null, giftCertificateBalance: null };

describe("computeTotals", () => {
  it("adds shipping and tax to the subtotal", () => {
    expect(computeTotals({ ...none, subtotal: 5000, shipping: { price: 995, freeAbove: null }, taxRate: { rate: 770, includesShipping: false } })).toEqual({
      subtotal: 5000,
      shippingTotal: 995,
      discountTotal: 0,
      loyaltyPointsRedeemed: 0,
      loyaltyDiscountTotal: 0,
      taxTotal: 385,
      total: 6380,
      giftCertificateTotal: 0,
      amountDue: 6380,
    });
  });

  it("makes shipping free at or above freeAbove, and with a free-shipping code", () => {
    const shipping = { price: 595, freeAbove: 5000 };
    expect(computeTotals({ ...none, subtotal: 4999, shipping }).shippingTotal).toBe(595);
    expect(computeTotals({ ...none, subtotal: 5000, shipping }).shippingTotal).toBe(0);
    expect(computeTotals({ ...none, subtotal: 100, shipping, discount: { discountType: "free_shipping", amount: 0 } })).toMatchObject({
      shippingTotal: 0,
      discountTotal: 0,
      total: 100,
    });
  });

  it("taxes the discounted merchandise, and shipping only where the rate includes it", () => {
    const base = { ...none, subtotal: 10_000, shipping: { price: 1000, freeAbove: null }, discount: { discountType: "percent" as const, amount: 1000 } };
    expect(computeTotals({ ...base, taxRate: { rate: 825, includesShipping: false } })).toMatchObject({ discountTotal: 1000, taxTotal: 743, total: 10_743 });
    expect(computeTotals({ ...base, taxRate: { rate: 825, includesShipping: true } })).toMatchObject({ taxTotal: 825, total: 10_825 });
  });

  it("lets a gift certificate pay part or all of the total, never more", () => {
    const order = { ...none, subtotal: 3000, shipping: { price: 500, freeAbove: null } };
    expect(computeTotals({ ...order, giftCertificateBalance: 1000 })).toMatchObject({ total: 3500, giftCertificateTotal: 1000, amountDue: 2500 });
    expect(computeTotals({ ...order, giftCertificateBalance: 9000 })).toMatchObject({ total: 3500, giftCertificateTotal: 3500, amountDue: 0 });
  });

  it("takes loyalty points off the discounted merchandise before tax, in whole points, never below zero", () => {
    const base = { ...none, subtotal: 10_000, shipping: { price: 1000, freeAbove: null }, discount: { discountType: "percent" as const, amount: 1000 } };
    const taxed = computeTotals({ ...base, taxRate: { rate: 1000, includesShipping: false }, loyalty: { points: 500, pointValueCents: 2 } });
    expect(taxed).toMatchObject({ discountTotal: 1000, loyaltyPointsRedeemed: 500, loyaltyDiscountTotal: 1000, taxTotal: 800, total: 9800 });
    // 9,000 cents of discounted goods at 7 cents a point: 1,285 points (8,995 cents), not 1,286.
    const capped = computeTotals({ ...base, loyalty: { points: 5000, pointValueCents: 7 } });
    expect(capped).toMatchObject({ loyaltyPointsRedeemed: 1285, loyaltyDiscountTotal: 8995, total: 1005, amountDue: 1005 });
    for (const totals of [taxed, capped]) {
      expect(totals.total).toBe(totals.subtotal - totals.discountTotal - totals.loyaltyDiscountTotal + totals.shippingTotal + totals.taxTotal);
    }
    expect(computeTotals({ ...none, subtotal: 300, discount: { discountType: "fixed_amount", amount: 500 }, loyalty: { points: 10, pointValueCents: 1 } })).toMatchObject({ loyaltyPointsRedeemed: 0, total: 0 });
  });

  it("never discounts below zero", () => {
    expect(computeTotals({ ...none, subtotal: 300, discount: { discountType: "fixed_amount", amount: 500 } })).toMatchObject({ discountTotal: 300, total: 0 });
  });
});

describe("taxRateFor", () => {
  const rates = [
    { country: "US", state: "CA", rate: 725, includesShipping: false },
    { country: "US", state: null, rate: 100, includesShipping: false },
    { country: "CA", state: null, rate: 500, includesShipping: false },
  ];
  it("prefers the state's rate, then the country's, else none", () => {
    expect(taxRateFor(rates, "us", "ca")?.rate).toBe(725);
    expect(taxRateFor(rates, "US", "OR")?.rate).toBe(100);
    expect(taxRateFor(rates, "CA", "ON")?.rate).toBe(500);
    expect(taxRateFor(rates, "DE", null)).toBeNull();
    expect(taxRateFor(rates, null, null)).toBeNull();
  });
});
