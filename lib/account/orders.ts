import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { cents, paginate, positiveIntQuery, timestamp } from "@/lib/api/schemas";
import { assetUrl } from "@/lib/assets/asset-url";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderViewInclude, toOrderView } from "@/lib/orders/get-guest-order";
import { guestOrderSchema } from "@/lib/orders/schemas";

const ORDER_STATUSES = ["pending", "processing", "paid", "shipped", "delivered", "cancelled", "refunded"] as const;

export const accountOrdersQuerySchema = z.object({
  status: z.enum(ORDER_STATUSES, { error: `must be one of ${ORDER_STATUSES.join(", ")}` }).optional(),
  page: positiveIntQuery(1),
  limit: positiveIntQuery(20).transform((n) => Math.min(n, 100)),
});

export const accountOrderSummarySchema = z
  .object({
    id: z.number().int(),
    orderNumber: z.string(),
    status: z.enum(ORDER_STATUSES),
    paymentStatus: z.string(),
    total: cents("Order total"),
    createdAt: timestamp,
  })
  .meta({ id: "AccountOrderSummary" });

export const accountOrderSchema = guestOrderSchema
  .extend({
    id: z.number().int(),
    items: z.array(guestOrderSchema.shape.items.element.extend({ designThumbnailUrl: z.string().nullable() })),
    statusHistory: z.array(z.object({ fromStatus: z.string().nullable(), toStatus: z.string(), note: z.string().nullable(), createdAt: timestamp })),
  })
  .meta({ id: "AccountOrder" });


/**
 * The customer's orders on this site: placed while signed in, or with their email as the spec
 * counts them. An email match counts only once the email is verified: anyone can register with an
 * address they do not own, and must not thereby read or act on its owner's guest orders.
 */
export function ownOrdersFilter(siteId: number, customer: { id: number; email: string; emailVerified: boolean }): Prisma.OrderWhereInput {
  return { siteId, OR: [{ customerId: customer.id }, ...(customer.emailVerified ? [{ customerEmail: customer.email }] : [])] };
}

export async function ownOrdersWhere(siteId: number, customerId: number): Promise<Prisma.OrderWhereInput> {
  const customer = await db().customer.findFirstOrThrow({ where: { id: customerId, siteId }, select: { id: true, email: true, emailVerified: true } });
  return ownOrdersFilter(siteId, customer);
}

/** GET /account/orders: newest first, optionally by status, paginated. */
export async function listAccountOrders(siteId: number, customerId: number, query: z.output<typeof accountOrdersQuerySchema>) {
  const where = { ...(await ownOrdersWhere(siteId, customerId)), ...(query.status ? { status: query.status } : {}) };
  const [total, orders] = await Promise.all([
    db().order.count({ where }),
    db().order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: { id: true, orderNumber: true, status: true, paymentStatus: true, total: true, createdAt: true },
    }),
  ]);
  return {
    orders: orders.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    pagination: paginate(query, total),
  };
}

/** GET /account/orders/{orderNumber}: one of the customer's orders with design thumbnails, status history and tracking. */
export async function getAccountOrder(siteId: number, customerId: number, orderNumber: string, origin = "") {
  const order = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    include: { ...orderViewInclude, statusHistory: { orderBy: { id: "asc" }, select: { fromStatus: true, toStatus: true, note: true, createdAt: true } } },
  });
  if (!order) throw notFound("Order not found");
  const view = toOrderView(order);
  return {
    id: order.id,
    ...view,
    items: view.items.map((item, i) => ({ ...item, designThumbnailUrl: assetUrl(origin, order.items[i].designThumbnailUrl) })),
    statusHistory: order.statusHistory.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
  };
}
