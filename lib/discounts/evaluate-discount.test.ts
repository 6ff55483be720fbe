import { describe, expect, it } from "vitest";
import { discountOnSubtotal, discountProblem, type DiscountRow } from "./evaluate-discount";

const now = new Date("2026-06-01T12:00:00Z");
const money = { currency: "USD", locale: "en-US" };
const base: DiscountRow = {
  code: "X",
  description: null,
  discountType: "percent",
  amount: 2000,
  minOrderAmount: null,
  maxUses: null,
  usedCount: 0,
  startsAt: null,
  expiresAt: null,
  active: true,
};

describe("discountOnSubtotal", () => {
  it("takes basis points off, rounded to the nearest cent", () => {
    expect(discountOnSubtotal(base, 5000)).toBe(1000);
    expect(discountOnSubtotal({ ...base, amount: 1250 }, 999)).toBe(125); // 124.875
    expect(discountOnSubtotal({ ...base, amount: 10_000 }, 4321)).toBe(4321);
  });
  it("caps a fixed amount at the subtotal and gives free shipping nothing off merchandise", () => {
    expect(discountOnSubtotal({ ...base, discountType: "fixed_amount", amount: 500 }, 3000)).toBe(500);
    expect(discountOnSubtotal({ ...base, discountType: "fixed_amount", amount: 500 }, 300)).toBe(300);
    expect(discountOnSubtotal({ ...base, discountType: "free_shipping", amount: 0 }, 3000)).toBe(0);
  });
});

describe("discountProblem", () => {
  it("accepts a live code", () => expect(discountProblem(base, 100, now, money)).toBeNull());
  it.each([
    [{ active: false }, "Invalid discount code"],
    [{ startsAt: new Date("2026-07-01T00:00:00Z") }, "This discount code is not active yet"],
    [{ expiresAt: now }, "This discount code has expired"],
    [{ maxUses: 3, usedCount: 3 }, "This discount code has reached its usage limit"],
    [{ minOrderAmount: 5000 }, "This discount code needs an order of at least $50.00"],
  ])("refuses %j", (change, message) => {
    expect(discountProblem({ ...base, ...change }, 4999, now, money)).toBe(message);
  });
  it("checks the minimum only when a subtotal is known", () => {
    expect(discountProblem({ ...base, minOrderAmount: 5000 }, undefined, now, money)).toBeNull();
    expect(discountProblem({ ...base, minOrderAmount: 5000 }, 5000, now, money)).toBeNull();
  });
});
