import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionOrder } from "@/lib/orders/order-status";
import { createSite } from "../support/fixtures";

/** A bare pending order: the lifecycle needs no items or payment. */
async function pendingOrder() {
  const site = await createSite();
  return db().order.create({
    data: { siteId: site.id, orderNumber: `T-${randomBytes(4).toString("hex")}`, customerEmail: "jane@example.com", customerName: "Jane Smith", currency: "USD", subtotal: 1000, total: 1000 },
  });
}

const history = (orderId: number) =>
  db().orderStatusHistory.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { fromStatus: true, toStatus: true, actor: true, note: true, createdAt: true } });

describe("transitionOrder", () => {
  it("walks an order to delivered, stamping shippedAt and deliveredAt and recording each move", async () => {
    const order = await pendingOrder();
    const at = (minute: number) => new Date(Date.UTC(2026, 5, 22, 12, minute));
    expect(await transitionOrder(db(), { orderId: order.id, to: "paid", actor: "webhook", now: at(0) })).toEqual({ orderId: order.id, from: "pending", to: "paid", at: at(0) });
    await transitionOrder(db(), { orderId: order.id, to: "processing", actor: "merchant", now: at(1) });
    await transitionOrder(db(), { orderId: order.id, to: "shipped", actor: "merchant", note: "USPS 9400111899222", now: at(2) });
    await transitionOrder(db(), { orderId: order.id, to: "delivered", actor: "webhook", now: at(3) });

    const row = await db().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ status: "delivered", shippedAt: at(2), deliveredAt: at(3), cancelledAt: null });
    expect(await history(order.id)).toEqual([
      { fromStatus: "pending", toStatus: "paid", actor: "webhook", note: null, createdAt: at(0) },
      { fromStatus: "paid", toStatus: "processing", actor: "merchant", note: null, createdAt: at(1) },
      { fromStatus: "processing", toStatus: "shipped", actor: "merchant", note: "USPS 9400111899222", createdAt: at(2) },
      { fromStatus: "shipped", toStatus: "delivered", actor: "webhook", note: null, createdAt: at(3) },
    ]);
  });

  it("stamps cancelledAt and keeps the note as the reason", async () => {
    const order = await pendingOrder();
    await transitionOrder(db(), { orderId: order.id, to: "cancelled", actor: "customer", note: "Ordered the wrong size" });
    const row = await db().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ status: "cancelled", cancelReason: "Ordered the wrong size", shippedAt: null });
    expect(row.cancelledAt).toBeInstanceOf(Date);
  });

  it("refuses an illegal move with 409 conflict and changes nothing", async () => {
    const order = await pendingOrder();
    await expect(transitionOrder(db(), { orderId: order.id, to: "delivered", actor: "merchant" })).rejects.toMatchObject({
      code: "conflict",
      status: 409,
      message: "An order that is pending cannot become delivered",
    });
    await transitionOrder(db(), { orderId: order.id, to: "cancelled", actor: "system" });
    await expect(transitionOrder(db(), { orderId: order.id, to: "paid", actor: "webhook" })).rejects.toMatchObject({ code: "conflict" });
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("cancelled");
    expect((await history(order.id)).map((h) => h.toStatus)).toEqual(["cancelled"]);
  });

  it("answers 404 for an unknown order", async () => {
    await expect(transitionOrder(db(), { orderId: 2_000_000_000, to: "paid", actor: "system" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets only one of two racing moves apply", async () => {
    const order = await pendingOrder();
    const results = await Promise.allSettled([
      transitionOrder(db(), { orderId: order.id, to: "cancelled", actor: "customer" }),
      transitionOrder(db(), { orderId: order.id, to: "paid", actor: "webhook" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await history(order.id)).toHaveLength(1);
  });

  it("joins the caller's transaction: when the caller's work fails, the move is undone with it", async () => {
    const order = await pendingOrder();
    await expect(
      db().$transaction(async (tx) => {
        await transitionOrder(tx, { orderId: order.id, to: "paid", actor: "merchant" });
        throw new Error("refund failed");
      }),
    ).rejects.toThrow("refund failed");
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("pending");
    expect(await history(order.id)).toEqual([]);
  });
});
