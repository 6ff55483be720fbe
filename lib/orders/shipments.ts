import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { canMove, transitionOrder } from "./order-status";
import { SHIPMENT_STATUSES, shipmentSelect, toShipmentView, type ShipmentStatus, type ShipmentView } from "./shipment-view";

export { SHIPMENT_STATUSES, shipmentSchema, type ShipmentStatus, type ShipmentView } from "./shipment-view";

/** An order's shipments, oldest first (the order they left in). */
export async function listShipments(orderId: number): Promise<ShipmentView[]> {
  const rows = await db().shipment.findMany({ where: { orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: shipmentSelect });
  return rows.map(toShipmentView);
}

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => /^https?:\/\/[^\s]+$/i.test(url), { error: "trackingUrl must be an http(s) URL" });

export const recordShipmentSchema = z.object({
  carrier: z.string().trim().min(1, { error: "carrier is required" }).max(100),
  service: z.string().trim().max(100).optional(),
  trackingNumber: z.string().trim().min(1, { error: "trackingNumber is required" }).max(100),
  trackingUrl: httpUrl.optional(),
  /** Omitted: every unit not yet in a shipment. */
  items: z.array(z.object({ orderItemId: z.number().int().positive(), quantity: z.number().int().positive() })).min(1).optional(),
});

const SHIPPABLE = ["paid", "processing", "shipped"] as const;

/**
 * The merchant records a parcel handed to the carrier (npm run orders:ship). Quantities may not
 * exceed what was ordered less what earlier shipments carried, checked under a lock on the order
 * so two recordings cannot ship one unit twice. The first shipment moves a paid or processing order
 * to shipped; the order's own tracking fields follow the latest shipment, as the spec shows them.
 */
export async function recordShipment(siteId: number, orderNumber: string, input: z.input<typeof recordShipmentSchema>, now = new Date()): Promise<ShipmentView> {
  const parsed = recordShipmentSchema.safeParse(input);
  if (!parsed.success) throw new ApiError("validation_error", parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
  const data = parsed.data;
  const id = await runTransaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ id: number; status: string }[]>`
      SELECT id, status FROM "Order" WHERE "siteId" = ${siteId} AND "orderNumber" = ${orderNumber} FOR UPDATE`;
    if (!order) throw notFound("Order not found");
    if (!(SHIPPABLE as readonly string[]).includes(order.status)) throw new ApiError("conflict", `An order that is ${order.status} cannot ship`);
    const lines = await tx.orderItem.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" }, select: { id: true, quantity: true, shipmentItems: { select: { quantity: true } } } });
    const left = new Map(lines.map((l) => [l.id, l.quantity - l.shipmentItems.reduce((sum, s) => sum + s.quantity, 0)]));
    const wanted = new Map<number, number>();
    for (const item of data.items ?? [...left].filter(([, n]) => n > 0).map(([orderItemId, quantity]) => ({ orderItemId, quantity }))) {
      wanted.set(item.orderItemId, (wanted.get(item.orderItemId) ?? 0) + item.quantity);
    }
    if (wanted.size === 0) throw new ApiError("conflict", "Every item of this order has shipped already");
    for (const [orderItemId, quantity] of wanted) {
      const remaining = left.get(orderItemId);
      if (remaining === undefined) throw new ApiError("validation_error", `items: order item ${orderItemId} is not on this order`);
      if (quantity > remaining) throw new ApiError("validation_error", `items: at most ${remaining} of order item ${orderItemId} can still ship`);
    }
    const shipment = await tx.shipment.create({
      data: {
        orderId: order.id,
        carrier: data.carrier,
        service: data.service ?? null,
        trackingNumber: data.trackingNumber,
        trackingUrl: data.trackingUrl ?? null,
        status: "in_transit",
        shippedAt: now,
        items: { create: [...wanted].map(([orderItemId, quantity]) => ({ orderItemId, quantity })) },
      },
      select: { id: true },
    });
    await tx.order.update({ where: { id: order.id }, data: { carrier: data.carrier, trackingNumber: data.trackingNumber, trackingUrl: data.trackingUrl ?? null } });
    if (order.status !== "shipped") await transitionOrder(tx, { orderId: order.id, to: "shipped", actor: "merchant", note: `Shipped with ${data.carrier} (${data.trackingNumber})`, now });
    return shipment.id;
  });
  return toShipmentView(await db().shipment.findUniqueOrThrow({ where: { id }, select: shipmentSelect }));
}

// How far along a parcel is: a carrier's update never takes a shipment back (events may arrive out
// of order, or be replayed). A failed delivery may still be tried again, or end delivered.
const PROGRESS: Record<ShipmentStatus, number> = { pending: 0, in_transit: 1, failure: 1, delivered: 2, returned: 2 };

type StatusUpdate = { now?: Date; actor?: "merchant" | "carrier" };

/**
 * A shipment's new status (from the merchant or a carrier update). Delivered stamps deliveredAt;
 * once every unit of the order has shipped and every shipment is delivered, the order becomes
 * delivered. A status the order's lifecycle has moved past (refunded) leaves the order alone. The
 * merchant may set any status; a carrier's update that would take the shipment back is ignored.
 */
export async function updateShipmentStatus(siteId: number, shipmentId: number, status: ShipmentStatus, { now = new Date(), actor = "merchant" }: StatusUpdate = {}): Promise<ShipmentView> {
  if (!(SHIPMENT_STATUSES as readonly string[]).includes(status)) throw new ApiError("validation_error", `status must be one of ${SHIPMENT_STATUSES.join(", ")}`);
  await runTransaction(async (tx) => {
    const shipment = await tx.shipment.findFirst({ where: { id: shipmentId, order: { siteId } }, select: { orderId: true } });
    if (!shipment) throw notFound("Shipment not found");
    // Every change of a shipment locks its order first, so its status read after the lock is current.
    const [order] = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "Order" WHERE id = ${shipment.orderId} FOR UPDATE`;
    if (actor === "carrier") {
      const current = await tx.shipment.findUniqueOrThrow({ where: { id: shipmentId }, select: { status: true } });
      if (current.status === status || PROGRESS[current.status as ShipmentStatus] > PROGRESS[status]) return;
    }
    await tx.shipment.update({ where: { id: shipmentId }, data: { status, deliveredAt: status === "delivered" ? now : null } });
    if (status !== "delivered" || !canMove(order.status as "shipped", "delivered")) return;
    const [lines, shipments] = await Promise.all([
      tx.orderItem.findMany({ where: { orderId: shipment.orderId }, select: { quantity: true, shipmentItems: { select: { quantity: true } } } }),
      tx.shipment.findMany({ where: { orderId: shipment.orderId }, select: { status: true } }),
    ]);
    const allShipped = lines.every((l) => l.shipmentItems.reduce((sum, s) => sum + s.quantity, 0) >= l.quantity);
    if (allShipped && shipments.every((s) => s.status === "delivered")) {
      await transitionOrder(tx, { orderId: shipment.orderId, to: "delivered", actor, note: "Every shipment delivered", now });
    }
  });
  return toShipmentView(await db().shipment.findUniqueOrThrow({ where: { id: shipmentId }, select: shipmentSelect }));
}
