import { describe, expect, it } from "vitest";
import { cardValueOfGoods, refundAmounts } from "./refund-amounts";

// 3 × $25.00 = $75.00, 10% off ($7.50), $9.95 shipping, 7.7% tax on $67.50 ($5.20): $84.65.
const order = { subtotal: 7500, shippingTotal: 995, total: 8465, giftCertificateTotal: 0 };

describe("refund amounts", () => {
  it("gives back an item's share of the discounted, taxed goods, never the shipping", () => {
    expect(refundAmounts(order, 0, [{ orderItemId: 1, unitPrice: 2500, quantity: 1 }]).amount).toBe(2490); // (67.50 + 5.20) / 3
    expect(cardValueOfGoods(order, 7500)).toBe(8465 - 995);
  });

  it("never drifts: one unit at a time adds up to exactly the goods' value", () => {
    let refunded = 0;
    let total = 0;
    for (let i = 0; i < 3; i++) {
      total += refundAmounts(order, refunded, [{ orderItemId: 1, unitPrice: 2500, quantity: 1 }]).amount;
      refunded += 2500;
    }
    expect(total).toBe(7470);
  });

  it("splits a refund over its lines, and refunds only the card's share when a gift certificate paid part", () => {
    const mixed = { subtotal: 5000, shippingTotal: 0, total: 5000, giftCertificateTotal: 2000 };
    const { lines, amount } = refundAmounts(mixed, 0, [
      { orderItemId: 1, unitPrice: 1000, quantity: 2 },
      { orderItemId: 2, unitPrice: 3000, quantity: 1 },
    ]);
    expect(lines.map((l) => l.amount)).toEqual([1200, 1800]);
    expect(amount).toBe(3000);
    expect(cardValueOfGoods({ ...mixed, giftCertificateTotal: 5000 }, 5000)).toBe(0);
  });

  it("caps the goods at the order's subtotal and stays exact for large orders", () => {
    expect(cardValueOfGoods(order, 1_000_000)).toBe(7470);
    const big = { subtotal: 900_000_000, shippingTotal: 0, total: 900_000_001, giftCertificateTotal: 1 };
    expect(cardValueOfGoods(big, 900_000_000)).toBe(900_000_000);
  });
});
