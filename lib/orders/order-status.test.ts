import { describe, expect, it } from "vitest";
import { OrderStatus } from "@/lib/generated/prisma/enums";
import { canMove, ORDER_TRANSITIONS } from "./order-status";

const ALL = Object.values(OrderStatus);

describe("the order status lifecycle", () => {
  it("allows exactly the documented moves", () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => canMove(from, to)).map((to) => `${from} → ${to}`));
    expect(allowed).toEqual([
      "pending → processing",
      "pending → paid",
      "pending → cancelled",
      "processing → shipped",
      "processing → cancelled",
      "processing → refunded",
      "paid → processing",
      "paid → shipped",
      "paid → cancelled",
      "paid → refunded",
      "shipped → delivered",
      "shipped → refunded",
      "delivered → refunded",
    ]);
  });

  it("has a row for every status, and cancelled and refunded are final", () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual([...ALL].sort());
    expect(ORDER_TRANSITIONS.cancelled).toEqual([]);
    expect(ORDER_TRANSITIONS.refunded).toEqual([]);
  });

  it("never moves back, so no status can be entered twice", () => {
    const seen = new Set<string>();
    const visit = (status: OrderStatus, path: OrderStatus[]) => {
      expect(path, path.join(" → ")).not.toContain(status);
      seen.add(status);
      for (const next of ORDER_TRANSITIONS[status]) visit(next, [...path, status]);
    };
    visit("pending", []);
    expect(seen.size).toBe(ALL.length);
  });

  it("never lets an order be cancelled once shipped, nor skip to delivered", () => {
    for (const from of ["shipped", "delivered"] as const) expect(canMove(from, "cancelled")).toBe(false);
    for (const from of ["pending", "paid", "processing"] as const) expect(canMove(from, "delivered")).toBe(false);
  });
});
