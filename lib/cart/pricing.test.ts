import { describe, expect, it } from "vitest";
import { unitPriceFor } from "./pricing";

const rules = [
  { minQuantity: 10, unitPrice: 2200 },
  { minQuantity: 50, unitPrice: 1900 },
];

describe("unitPriceFor", () => {
  it("charges the base price below the first tier", () => {
    expect(unitPriceFor(2500, 1, rules)).toBe(2500);
    expect(unitPriceFor(2500, 9, rules)).toBe(2500);
  });
  it("applies the best tier reached", () => {
    expect(unitPriceFor(2500, 10, rules)).toBe(2200);
    expect(unitPriceFor(2500, 49, rules)).toBe(2200);
    expect(unitPriceFor(2500, 50, rules)).toBe(1900);
    expect(unitPriceFor(2500, 500, rules)).toBe(1900);
  });
  it("never raises a price that is already below the tier", () => {
    expect(unitPriceFor(1500, 60, rules)).toBe(1500);
  });
  it("ignores the order of the rules", () => {
    expect(unitPriceFor(2500, 55, [...rules].reverse())).toBe(1900);
  });
});
