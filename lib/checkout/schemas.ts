import { z } from "zod";
import { cents } from "@/lib/api/schemas";

// The spec gives one message for any of the three missing.
const REQUIRED = "sessionId, customerEmail, and customerName are required";
const requiredString = (max: number) => z.string({ error: REQUIRED }).trim().min(1, { error: REQUIRED }).max(max);

// Free-form address objects, as the spec has them; country and state drive shipping zones and tax.
const addressSchema = z
  .record(z.string().max(64), z.unknown())
  .refine((a) => JSON.stringify(a).length <= 4000, { error: "address is too large" })
  .refine((a) => a.country === undefined || (typeof a.country === "string" && /^[A-Za-z]{2}$/.test(a.country)), {
    error: "country must be an ISO 3166-1 alpha-2 code",
  })
  .meta({ description: 'Free-form address, e.g. { "line1", "city", "state", "postalCode", "country": "US" }' });

export const checkoutSchema = z.object({
  sessionId: requiredString(128).meta({ description: "Cart session identifier" }),
  customerEmail: requiredString(254).pipe(z.email({ error: "customerEmail must be a valid email address" })),
  customerName: requiredString(200),
  customerPhone: z.string().trim().max(40).optional(),
  shippingAddress: addressSchema.nullish(),
  billingAddress: addressSchema.nullish(),
  shippingRateId: z
    .union([z.number().int().positive(), z.string().trim().min(1).max(300)], { error: "shippingRateId must be a rate id from GET /shipping" })
    .nullish(),
  discountCode: z.string().trim().max(64).nullish(),
  giftCertificateCode: z.string().trim().max(64).nullish(),
  loyaltyPoints: z
    .number({ error: "loyaltyPoints must be a whole number of points" })
    .int({ error: "loyaltyPoints must be a whole number of points" })
    .min(0, { error: "loyaltyPoints must be a whole number of points" })
    .max(2_147_483_647, { error: "loyaltyPoints is too large" })
    .nullish()
    .meta({
      description:
        "Loyalty points to redeem (signed-in customers of a store with its program on; the cart must belong to the customer). Fewer are taken when they would be worth more than the discounted merchandise; each takes the store's point value off before tax.",
    }),
  customerNote: z.string().trim().max(2000).nullish(),
});

export type CheckoutInput = z.output<typeof checkoutSchema>;

export const checkoutResultSchema = z
  .object({
    clientSecret: z.string().nullable().meta({ description: "For stripe.confirmPayment; null when a gift certificate paid everything" }),
    publishableKey: z.string().nullable().meta({ description: "The store's Stripe publishable key; null in demo payment mode" }),
    orderId: z.number().int(),
    orderNumber: z.string(),
    total: cents("Order total: subtotal − discount − loyalty points + shipping + tax"),
    currency: z.string(),
    amountDue: cents("What the payment collects: the total less the gift certificate"),
    paymentMode: z.enum(["stripe", "demo", "gift_certificate"]).meta({ description: "demo: no card is charged (stores without Stripe keys)" }),
  })
  .meta({ id: "CheckoutResult" });

export type CheckoutResult = z.infer<typeof checkoutResultSchema>;

export const idempotencyKeySchema = z.string().trim().min(1).max(255);
