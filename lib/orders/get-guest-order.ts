import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { jsonObjectOrNull } from "@/lib/api/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import type { GuestOrder } from "./schemas";
import { shipmentSelect, toShipmentView } from "./shipment-view";

export const LOOKUPS_PER_HOUR = 10;
const HOUR_MS = 60 * 60 * 1000;

export type GuestOrderLookup = {
  siteId: number;
  orderNumber: string;
  /** null when the request had no usable email: it is answered exactly like a wrong one. */
  email: string | null | undefined;
  /** From clientAddress(); "unknown" without a trusted proxy. */
  clientAddress: string;
};

/**
 * GET /orders/{orderNumber}?email=: the full order for whoever knows its number and the email it
 * was placed with (any letter case). A wrong or missing email, an unknown number and another
 * site's order all end in the same 404 after the same work, so the answer never tells whether an
 * order exists. Every attempt is counted first, hit or miss, so neither emails nor numbers can
 * be guessed faster than the limits allow.
 */
export async function getGuestOrder(input: GuestOrderLookup): Promise<GuestOrder> {
  await enforceRateLimits(lookupLimits(input), "Too many order lookups; try again later");

  // The same query whatever the email, selecting only what the check needs: the full record is
  // loaded only for a match, so a wrong email costs what an unknown number costs.
  const candidate = await db().order.findUnique({
    where: { siteId_orderNumber: { siteId: input.siteId, orderNumber: input.orderNumber } },
    select: { id: true, customerEmail: true },
  });
  const matches = sameEmail(candidate?.customerEmail ?? "", input.email ?? "");
  if (!candidate || !input.email || !matches) throw notFound("Order not found");

  return toOrderView(await db().order.findUniqueOrThrow({ where: { id: candidate.id }, include: orderViewInclude }));
}

/**
 * 10 an hour per (site, order number), which bounds email guesses for one order, and per (site,
 * client address), which bounds sweeps over order numbers. Without a trusted proxy every client
 * is "unknown": one shared bucket would let any visitor lock every shopper out for an hour, so
 * only the per-number limit applies then.
 */
function lookupLimits({ siteId, orderNumber, clientAddress }: GuestOrderLookup) {
  const limit = (key: string) => ({ key: `order-lookup:${siteId}:${key}`, limit: LOOKUPS_PER_HOUR, windowMs: HOUR_MS });
  // Upper-cased so "ord-0042" and "ORD-0042" share one bucket.
  const limits = [limit(`number:${orderNumber.toUpperCase()}`)];
  if (clientAddress !== "unknown") limits.push(limit(`client:${clientAddress}`));
  return limits;
}

// Compares digests in constant time, so how long the comparison takes says nothing about how
// much of a guess was right. Emails are stored lower-cased; older rows may not be.
function sameEmail(stored: string, given: string): boolean {
  const digest = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest();
  return timingSafeEqual(digest(stored), digest(given));
}

export const orderViewInclude = {
  items: {
    orderBy: { id: "asc" },
    select: { productName: true, variantName: true, sku: true, unitPrice: true, quantity: true, total: true, designThumbnailUrl: true },
  },
  // Newest first, the order a tracking timeline is read in; id breaks ties between events a
  // carrier delivered in the same millisecond.
  trackingEvents: { orderBy: [{ processedAt: "desc" }, { id: "desc" }], select: { processedAt: true, eventType: true, payload: true } },
  shipments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: shipmentSelect },
} satisfies Prisma.OrderInclude;

type OrderWithView = Prisma.OrderGetPayload<{ include: typeof orderViewInclude }>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** An order as the API shows it to the person who placed it (also the account order view's base). */
export function toOrderView(order: OrderWithView): GuestOrder {
  return {
    orderNumber: order.orderNumber,
    status: order.status,
    paymentStatus: order.paymentStatus,
    customerName: order.customerName,
    customerEmail: order.customerEmail,
    shippingAddress: jsonObjectOrNull(order.shippingAddress),
    billingAddress: jsonObjectOrNull(order.billingAddress),
    subtotal: order.subtotal,
    shippingTotal: order.shippingTotal,
    taxTotal: order.taxTotal,
    discountTotal: order.discountTotal,
    loyaltyDiscountTotal: order.loyaltyDiscountTotal,
    loyaltyPointsRedeemed: order.loyaltyPointsRedeemed,
    total: order.total,
    shippingMethod: order.shippingMethod,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    // The order row's own fields, as the spec has them; trackingEvents are the history behind them.
    latestTrackingStatus: order.latestTrackingStatus,
    latestTrackingEventAt: iso(order.latestTrackingEventAt),
    paidAt: iso(order.paidAt),
    shippedAt: iso(order.shippedAt),
    deliveredAt: iso(order.deliveredAt),
    createdAt: order.createdAt.toISOString(),
    items: order.items.map((i) => ({ productName: i.productName, variantName: i.variantName, sku: i.sku, unitPrice: i.unitPrice, quantity: i.quantity, total: i.total })),
    trackingEvents: order.trackingEvents.map((e) => ({ processedAt: e.processedAt.toISOString(), eventType: e.eventType, payload: e.payload })),
    shipments: order.shipments.map(toShipmentView),
  };
}
