import { describe, expect, it } from "vitest";
import { canCancel, canReturn } from "./order-display";

describe("order actions offered to the customer", () => {
  it("offers cancel before shipping and return after delivery", () => {
    expect(["pending", "paid", "processing", "shipped", "delivered"].filter(canCancel)).toEqual(["pending", "paid", "processing"]);
    expect(["shipped", "delivered", "cancelled"].filter(canReturn)).toEqual(["delivered"]);
  });
});
