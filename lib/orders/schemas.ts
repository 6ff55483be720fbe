import { z } from "zod";
import { cents, timestamp } from "@/lib/api/schemas";

const maybeTime = timestamp.nullable();

export const guestOrderItemSchema = z
  .object({ productName: z.string(), variantName: z.string().nullable(), sku: z.string().nullable(), unitPrice: cents("Unit price paid"), quantity: z.number().int(), total: cents("Line total") })
  .meta({ id: "OrderItem" });

export const trackingEventSchema = z
  .object({ processedAt: timestamp, eventType: z.string(), payload: z.unknown() })
  .meta({ id: "TrackingEvent" });

export const guestOrderSchema = z
  .object({
    orderNumber: z.string(),
    status: z.enum(["pending", "processing", "paid", "shipped", "delivered", "cancelled", "refunded"]),
    paymentStatus: z.enum(["pending", "paid", "failed", "partially_refunded", "refunded", "voided"]),
    customerName: z.string(),
    customerEmail: z.string(),
    shippingAddress: z.record(z.string(), z.unknown()).nullable(),
    billingAddress: z.record(z.string(), z.unknown()).nullable(),
    subtotal: cents("Merchandise"),
    shippingTotal: cents("Shipping"),
    taxTotal: cents("Tax"),
    discountTotal: cents("Discount"),
    total: cents("Order total"),
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
    items: z.array(guestOrderItemSchema),
    trackingEvents: z.array(trackingEventSchema).meta({ description: "Newest first, as a tracking timeline reads" }),
  })
  .meta({ id: "GuestOrder" });

export type GuestOrder = z.infer<typeof guestOrderSchema>;

export const orderNumberParamSchema = z.object({ orderNumber: z.string().trim().min(1).max(64) });

// A missing email is not a validation error here: it answers exactly like a wrong one.
export const guestOrderQuerySchema = z.object({ email: z.string().trim().max(254).optional() });
