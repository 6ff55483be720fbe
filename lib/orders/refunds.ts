import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { cents, timestamp } from "@/lib/api/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { settleRefundedPoints, type RefundedOrder } from "@/lib/loyalty/ledger";
import { canMove, transitionOrder } from "./order-status";

export const REFUND_STATUSES = ["pending", "succeeded", "failed", "canceled"] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
/** Refunds that hold their amount and quantities: given back, or on their way. */
export const LIVE_REFUND_STATUSES = ["pending", "succeeded"] as const;

export const refundSchema = z
  .object({
    id: z.number().int(),
    amount: cents("Given back to the card"),
    currency: z.string(),
    reason: z.string().nullable(),
    status: z.enum(REFUND_STATUSES).meta({ description: "failed and canceled refunds gave nothing back; their items may be asked for again" }),
    requestedBy: z.enum(["customer", "merchant", "system"]),
    failureMessage: z.string().nullable(),
    items: z.array(z.object({ orderItemId: z.number().int(), productName: z.string(), variantName: z.string().nullable(), quantity: z.number().int(), amount: cents("This line's part") })),
    createdAt: timestamp,
  })
  .meta({ id: "OrderRefund" });

export type RefundView = z.infer<typeof refundSchema>;

const refundSelect = {
  id: true,
  amount: true,
  reason: true,
  status: true,
  requestedBy: true,
  failureMessage: true,
  createdAt: true,
  order: { select: { currency: true } },
  items: { orderBy: { id: "asc" }, select: { orderItemId: true, quantity: true, amount: true, orderItem: { select: { productName: true, variantName: true } } } },
} satisfies Prisma.RefundSelect;

type RefundRow = Prisma.RefundGetPayload<{ select: typeof refundSelect }>;

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T => ((values as readonly string[]).includes(value) ? (value as T) : fallback);

function toRefundView(row: RefundRow): RefundView {
  return {
    id: row.id,
    amount: row.amount,
    currency: row.order.currency,
    reason: row.reason,
    status: oneOf(REFUND_STATUSES, row.status, "pending"),
    requestedBy: oneOf(["customer", "merchant", "system"] as const, row.requestedBy, "system"),
    failureMessage: row.failureMessage,
    items: row.items.map((i) => ({ orderItemId: i.orderItemId, productName: i.orderItem.productName, variantName: i.orderItem.variantName, quantity: i.quantity, amount: i.amount })),
    createdAt: row.createdAt.toISOString(),
  };
}

/** An order's refunds, oldest first, failed ones included. */
export async function listRefunds(orderId: number): Promise<RefundView[]> {
  const rows = await db().refund.findMany({ where: { orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: refundSelect });
  return rows.map(toRefundView);
}

export async function getRefund(refundId: number): Promise<RefundView> {
  return toRefundView(await db().refund.findUniqueOrThrow({ where: { id: refundId }, select: refundSelect }));
}

/**
 * Records what the provider says of a refund, then brings the order's payment state in line with
 * its live refunds: partially_refunded while some money is back, refunded (and the order refunded,
 * where its lifecycle allows) once every unit was refunded or the whole charge is back. A failed
 * refund gives its units back to what may still be refunded; succeeded refunds give back their share
 * of the loyalty points the order redeemed and take back their share of those it earned. Guarded by
 * a lock on the order, so concurrent updates settle one after the other.
 */
export async function settleRefund(refundId: number, update: { status: string; providerRefundId?: string | null; failureMessage?: string | null }) {
  const status = oneOf(REFUND_STATUSES, update.status, "pending");
  await runTransaction(async (tx) => {
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { orderId: true } });
    const [order] = await tx.$queryRaw<(RefundedOrder & { status: string; paymentStatus: string; charged: number })[]>`
      SELECT id, "siteId", "customerId", status, "paymentStatus", total - "giftCertificateTotal" AS charged, subtotal, "shippingTotal", total, "giftCertificateTotal",
        "loyaltyPointsRedeemed", "loyaltyPointsReturned", "loyaltyPointsRevoked"
      FROM "Order" WHERE id = ${refund.orderId} FOR UPDATE`;
    await tx.refund.update({
      where: { id: refundId },
      data: { status, ...(update.providerRefundId ? { providerRefundId: update.providerRefundId } : {}), failureMessage: update.failureMessage ?? null },
    });
    if (!["paid", "partially_refunded", "refunded"].includes(order.paymentStatus)) return;
    const [live, lines] = await Promise.all([
      tx.refund.aggregate({ where: { orderId: order.id, status: { in: [...LIVE_REFUND_STATUSES] } }, _sum: { amount: true } }),
      tx.orderItem.findMany({ where: { orderId: order.id }, select: { quantity: true, refundItems: { where: { refund: { status: { in: [...LIVE_REFUND_STATUSES] } } }, select: { quantity: true } } } }),
    ]);
    const refunded = live._sum.amount ?? 0;
    const everyUnit = lines.every((l) => l.refundItems.reduce((sum, r) => sum + r.quantity, 0) >= l.quantity);
    const full = refunded > 0 && (everyUnit || refunded >= order.charged);
    // A cancelled order's refund settles here too; its status stays cancelled.
    const paymentStatus = full ? "refunded" : refunded > 0 ? "partially_refunded" : "paid";
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus } });
    if (full && canMove(order.status as "paid", "refunded")) {
      await transitionOrder(tx, { orderId: order.id, to: "refunded", actor: "system", note: "Every item refunded" });
    }
    await settleRefundedPoints(tx, order);
  });
}

/** What the order's live refunds hold: their sum, and the goods (at unit prices) their items stand for. */
export async function refundedSoFar(tx: Prisma.TransactionClient | Db, orderId: number) {
  const [sum, items] = await Promise.all([
    tx.refund.aggregate({ where: { orderId, status: { in: [...LIVE_REFUND_STATUSES] } }, _sum: { amount: true } }),
    tx.refundItem.findMany({ where: { refund: { orderId, status: { in: [...LIVE_REFUND_STATUSES] } } }, select: { orderItemId: true, quantity: true, orderItem: { select: { unitPrice: true } } } }),
  ]);
  const quantities = new Map<number, number>();
  for (const item of items) quantities.set(item.orderItemId, (quantities.get(item.orderItemId) ?? 0) + item.quantity);
  return { amount: sum._sum.amount ?? 0, goods: items.reduce((total, i) => total + i.quantity * i.orderItem.unitPrice, 0), quantities };
}
