import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import type { GuestOrder } from "./schemas";

export const LOOKUPS_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;

const iso = (date: Date | null) => date?.toISOString() ?? null;
const asObject = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/**
 * GET /orders/{orderNumber}?email=: the full order for whoever knows its number and email. A wrong
 * or missing email and an unknown number give the same 404 after the same query, and every
 * attempt counts against 10 an hour per order number and per client address, so numbers and
 * emails cannot be guessed.
 */
export async function getGuestOrder(input: { siteId: number; orderNumber: string; email: string | undefined; clientAddress: string }): Promise<GuestOrder> {
  await enforceRateLimits(
    [
      { key: `order-lookup:${input.siteId}:number:${input.orderNumber.toUpperCase()}`, limit: LOOKUPS_PER_HOUR, windowMs: HOUR_MS },
      // Without a trusted proxy every client is "unknown": a shared bucket would lock everyone out.
      ...(input.clientAddress === "unknown" ? [] : [{ key: `order-lookup:${input.siteId}:client:${input.clientAddress}`, limit: LOOKUPS_PER_HOUR, windowMs: HOUR_MS }]),
    ],
    "Too many order lookups; try again later",
  );
  const order = await db().order.findUnique({
    where: { siteId_orderNumber: { siteId: input.siteId, orderNumber: input.orderNumber } },
    include: {
      items: { orderBy: { id: "asc" }, select: { productName: true, variantName: true, sku: true, unitPrice: true, quantity: true, total: true } },
      trackingEvents: { orderBy: { processedAt: "desc" }, select: { processedAt: true, eventType: true, payload: true } },
    },
  });
  const email = input.email?.trim().toLowerCase() ?? "";
  if (!order || !email || order.customerEmail.toLowerCase() !== email) throw notFound("Order not found");
  return {
    orderNumber: order.orderNumber,
    status: order.status,
    paymentStatus: order.paymentStatus,
    customerName: order.customerName,
    customerEmail: order.customerEmail,
    shippingAddress: asObject(order.shippingAddress),
    billingAddress: asObject(order.billingAddress),
    subtotal: order.subtotal,
    shippingTotal: order.shippingTotal,
    taxTotal: order.taxTotal,
    discountTotal: order.discountTotal,
    total: order.total,
    shippingMethod: order.shippingMethod,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    latestTrackingStatus: order.latestTrackingStatus,
    latestTrackingEventAt: iso(order.latestTrackingEventAt),
    paidAt: iso(order.paidAt),
    shippedAt: iso(order.shippedAt),
    deliveredAt: iso(order.deliveredAt),
    createdAt: order.createdAt.toISOString(),
    items: order.items,
    trackingEvents: order.trackingEvents.map((event) => ({ ...event, processedAt: event.processedAt.toISOString() })),
  };
}
