import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { positiveIdField, positiveIdString, timestamp } from "@/lib/api/schemas";
import { ownOrdersWhere } from "./orders";


export const createReturnSchema = z.object({
  items: z
    .array(z.object({ orderItemId: positiveIdField("orderItemId"), quantity: positiveIdField("quantity") }), { error: "items is required" })
    .min(1, { error: "items must name at least one item" })
    .max(100),
  reason: z.string({ error: "reason is required" }).trim().min(1, { error: "reason is required" }).max(1000),
  resolution: z.enum(["refund", "replacement"], { error: "resolution must be refund or replacement" }),
});

export const returnIdParamSchema = z.object({ returnId: positiveIdString("returnId must be a return id") });

export const returnRequestSchema = z
  .object({
    id: z.number().int(),
    orderNumber: z.string(),
    status: z.enum(["requested", "approved", "rejected", "received", "completed"]),
    resolution: z.enum(["refund", "replacement"]),
    reason: z.string(),
    items: z.array(z.object({ orderItemId: z.number().int(), productName: z.string(), variantName: z.string().nullable(), quantity: z.number().int() })),
    createdAt: timestamp,
  })
  .meta({ id: "ReturnRequest" });

const select = {
  id: true,
  status: true,
  resolution: true,
  reason: true,
  createdAt: true,
  order: { select: { orderNumber: true } },
  items: { orderBy: { id: "asc" }, select: { orderItemId: true, quantity: true, orderItem: { select: { productName: true, variantName: true } } } },
} as const;

type Row = { id: number; status: z.infer<typeof returnRequestSchema>["status"]; resolution: "refund" | "replacement"; reason: string; createdAt: Date; order: { orderNumber: string }; items: { orderItemId: number; quantity: number; orderItem: { productName: string; variantName: string | null } }[] };

const view = (row: Row) => ({
  id: row.id,
  orderNumber: row.order.orderNumber,
  status: row.status,
  resolution: row.resolution,
  reason: row.reason,
  items: row.items.map((i) => ({ orderItemId: i.orderItemId, productName: i.orderItem.productName, variantName: i.orderItem.variantName, quantity: i.quantity })),
  createdAt: row.createdAt.toISOString(),
});

/**
 * POST /account/orders/{orderNumber}/returns: asks to return items of a delivered order, for a
 * refund or a replacement; the request waits for the merchant. Quantities count what earlier
 * requests (not rejected) already asked for, checked under a lock on the order.
 */
export async function requestReturn(siteId: number, customerId: number, orderNumber: string, input: z.output<typeof createReturnSchema>) {
  const order = await db().order.findFirst({ where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber }, select: { id: true, status: true } });
  if (!order) throw notFound("Order not found");
  if (order.status !== "delivered") throw new ApiError("conflict", "Only a delivered order can be returned");
  const id = await runTransaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
    const lines = await tx.orderItem.findMany({
      where: { orderId: order.id },
      select: { id: true, quantity: true, returnItems: { where: { returnRequest: { status: { not: "rejected" } } }, select: { quantity: true } } },
    });
    const wanted = new Map<number, number>();
    for (const item of input.items) wanted.set(item.orderItemId, (wanted.get(item.orderItemId) ?? 0) + item.quantity);
    for (const [orderItemId, quantity] of wanted) {
      const line = lines.find((l) => l.id === orderItemId);
      if (!line) throw new ApiError("validation_error", `items: order item ${orderItemId} is not on this order`);
      const left = line.quantity - line.returnItems.reduce((sum, r) => sum + r.quantity, 0);
      if (quantity > left) throw new ApiError("validation_error", `items: at most ${left} of order item ${orderItemId} can still be returned`);
    }
    const created = await tx.returnRequest.create({
      data: {
        siteId,
        orderId: order.id,
        customerId,
        reason: input.reason,
        resolution: input.resolution,
        items: { create: [...wanted].map(([orderItemId, quantity]) => ({ orderItemId, quantity })) },
      },
      select: { id: true },
    });
    return created.id;
  });
  return view(await db().returnRequest.findUniqueOrThrow({ where: { id }, select }));
}

/** GET /account/returns: the customer's return requests, newest first. */
export async function listReturns(siteId: number, customerId: number) {
  const rows = await db().returnRequest.findMany({ where: { siteId, customerId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select });
  return rows.map(view);
}

/** GET /account/returns/{returnId}: one of the customer's return requests. */
export async function getReturn(siteId: number, customerId: number, returnId: number) {
  const row = await db().returnRequest.findFirst({ where: { id: returnId, siteId, customerId }, select });
  if (!row) throw notFound("Return request not found");
  return view(row);
}
