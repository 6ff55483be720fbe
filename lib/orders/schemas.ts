import { z } from "zod";
import { cents, timestamp } from "@/lib/api/schemas";
import { OrderStatus, PaymentStatus } from "@/lib/generated/prisma/enums";
import { shipmentSchema } from "./shipment-view";

const maybeTime = timestamp.nullable();

// Free-form, as checkout stored it: { line1, city, state, postalCode, country, ... }.
const addressSchema = z.record(z.string(), z.unknown()).nullable();

export const guestOrderItemSchema = z
  .object({
    productName: z.string(),
    variantName: z.string().nullable(),
    sku: z.string().nullable(),
    unitPrice: cents("Unit price paid"),
    quantity: z.number().int(),
    total: cents("unitPrice × quantity"),
  })
  .meta({ id: "OrderItem" });

export const trackingEventSchema = z
  .object({
    processedAt: timestamp,
    eventType: z.string().meta({ description: 'The carrier webhook event, e.g. "tracker.updated"' }),
    payload: z.unknown().meta({ description: "The event as the carrier sent it" }),
  })
  .meta({ id: "TrackingEvent" });

export const guestOrderSchema = z
  .object({
    orderNumber: z.string(),
    status: z.enum(OrderStatus),
    paymentStatus: z.enum(PaymentStatus),
    customerName: z.string(),
    customerEmail: z.string(),
    shippingAddress: addressSchema,
    billingAddress: addressSchema,
    subtotal: cents("Sum of line totals"),
    shippingTotal: cents("Shipping"),
    taxTotal: cents("Tax"),
    discountTotal: cents("Discount"),
    loyaltyDiscountTotal: cents("Off the merchandise, before tax, for the loyalty points redeemed; not part of discountTotal"),
    loyaltyPointsRedeemed: z.number().int().meta({ description: "Loyalty points the order redeemed for loyaltyDiscountTotal" }),
    total: cents("subtotal − discountTotal − loyaltyDiscountTotal + shippingTotal + taxTotal"),
    shippingMethod: z.string().nullable(),
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    trackingUrl: z.string().nullable(),
    latestTrackingStatus: z.string().nullable(),
    latestTrackingEventAt: maybeTime,
    paidAt: maybeTime,
    shippedAt: maybeTime,
    deliveredAt: maybeTime,
    createdAt: timestamp,
    items: z.array(guestOrderItemSchema).meta({ description: "In the order they were placed" }),
    trackingEvents: z.array(trackingEventSchema).meta({ description: "Newest first, as a tracking timeline reads; the first is the latest status" }),
    shipments: z.array(shipmentSchema).meta({ description: "The parcels the order shipped in, oldest first; carrier, trackingNumber and trackingUrl above are the latest one's" }),
  })
  .meta({ id: "GuestOrder" });

export type GuestOrder = z.infer<typeof guestOrderSchema>;

export const orderNumberParamSchema = z.object({
  orderNumber: z
    .string()
    .trim()
    .min(1, { error: "orderNumber is required" })
    .max(64, { error: "orderNumber is too long" })
    .meta({ description: 'The order number from the confirmation, e.g. "ORD-0042"' }),
});

/**
 * The spec's query: email required and an address. The guest lookup route does not answer 400
 * when it fails, though: a missing or malformed email is a wrong email, answered with the same
 * 404 (see lib/orders/get-guest-order.ts), so this schema documents the contract.
 */
export const guestOrderQuerySchema = z.object({
  email: z
    .string({ error: "email is required" })
    .trim()
    .min(1, { error: "email is required" })
    .max(254, { error: "email is too long" })
    .pipe(z.email({ error: "email must be a valid email address" }))
    .meta({ description: "The email address the order was placed with (any letter case)" }),
});
