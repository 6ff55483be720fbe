import { z } from "zod";
import { cents, positiveIntQuery, timestamp } from "@/lib/api/schemas";

export const LOYALTY_ACTIVITY_TYPES = ["earned", "redeemed", "revoked", "restored"] as const;

export const loyaltySummarySchema = z
  .object({
    tier: z.string().nullable().meta({ description: "The highest tier lifetimeEarned reaches; null below the first (or when the store has none)" }),
    nextTier: z.string().nullable(),
    pointsToNextTier: z.number().int().nullable(),
    balance: z.number().int().meta({ description: "Points held now (points of unpaid orders are out of it until released)" }),
    lifetimeEarned: z.number().int().meta({ description: "Points earned on paid orders, less those refunds took back" }),
    redeemed: z.number().int().meta({ description: "Points spent at checkout" }),
    redeemablePoints: z.number().int().meta({ description: "Points that may be redeemed at checkout now" }),
    redeemableValue: cents("What the redeemable points take off an order"),
    pointsPerDollar: z.number().int().meta({ description: "Points earned per currency unit of merchandise" }),
    pointValueCents: cents("What one point is worth when redeemed"),
  })
  .meta({ id: "LoyaltySummary" });

export type LoyaltySummary = z.infer<typeof loyaltySummarySchema>;

export const loyaltyActivitySchema = z
  .object({
    id: z.number().int(),
    type: z.enum(LOYALTY_ACTIVITY_TYPES).meta({ description: "earned on a paid order; redeemed at checkout; revoked by a refund; restored when an unpaid order was released" }),
    points: z.number().int().meta({ description: "Signed change of the balance" }),
    orderNumber: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "LoyaltyActivity" });

export type LoyaltyActivityView = z.infer<typeof loyaltyActivitySchema>;

export const loyaltyActivityQuerySchema = z.object({
  page: positiveIntQuery(1),
  limit: positiveIntQuery(20).transform((n) => Math.min(n, 100)),
});
