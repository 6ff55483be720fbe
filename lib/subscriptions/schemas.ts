import { z } from "zod";
import { cents, positiveIdField, positiveIdString, timestamp } from "@/lib/api/schemas";

export const SUBSCRIPTION_ACTIONS = ["pause", "resume", "skip-cycle", "change-plan", "change-quantity", "cancel"] as const;
export type SubscriptionAction = (typeof SUBSCRIPTION_ACTIONS)[number];

export const MAX_SUBSCRIPTION_QUANTITY = 99;

const quantityField = z
  .number({ error: `quantity must be a whole number from 1 to ${MAX_SUBSCRIPTION_QUANTITY}` })
  .int({ error: `quantity must be a whole number from 1 to ${MAX_SUBSCRIPTION_QUANTITY}` })
  .min(1, { error: `quantity must be a whole number from 1 to ${MAX_SUBSCRIPTION_QUANTITY}` })
  .max(MAX_SUBSCRIPTION_QUANTITY, { error: `quantity must be a whole number from 1 to ${MAX_SUBSCRIPTION_QUANTITY}` });

const reason = z.string({ error: "reason must be text" }).trim().max(500, { error: "reason is too long (500 characters at most)" }).optional();

const effective = z
  .enum(["next_cycle", "immediate"], { error: "effective must be next_cycle or immediate" })
  .default("next_cycle")
  .meta({ description: "next_cycle (default): the period already paid stays as it is and the change starts with the next renewal. immediate: now, the difference invoiced at once (a plan or quantity change) or the subscription ended now (cancel)." });

// Pause, resume and skip only concern charges still to come, so they take no `effective`.
export const subscriptionActionSchema = z
  .discriminatedUnion(
    "action",
    [
      z.object({ action: z.literal("pause"), reason }).meta({ description: "Stop renewing after the period already paid, until resumed." }),
      z.object({ action: z.literal("resume"), reason }).meta({ description: "Undo a pause, a skipped cycle or a cancellation set for the period's end." }),
      z.object({ action: z.literal("skip-cycle"), reason }).meta({ description: "Skip the next renewal: no charge and no order for it." }),
      z.object({ action: z.literal("change-plan"), planId: positiveIdField("planId"), effective, reason }),
      z.object({ action: z.literal("change-quantity"), quantity: quantityField, effective, reason }),
      z.object({ action: z.literal("cancel"), effective, reason }),
    ],
    { error: `action must be one of ${SUBSCRIPTION_ACTIONS.join(", ")}` },
  )
  .meta({ id: "SubscriptionActionInput" });

export type SubscriptionActionInput = z.output<typeof subscriptionActionSchema>;

export const startSubscriptionSchema = z.object({
  planId: positiveIdField("planId"),
  quantity: quantityField.default(1),
});

export const subscriptionIdParamSchema = z.object({ subscriptionId: positiveIdString("subscriptionId must be a subscription id") });

export const subscriptionPlanSchema = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    name: z.string(),
    interval: z.enum(["week", "month", "year"]),
    intervalCount: z.number().int(),
    price: cents("Price per unit and cycle"),
    currency: z.string(),
  })
  .meta({ id: "SubscriptionPlan" });

export const subscriptionStatusSchema = z.enum(["incomplete", "active", "paused", "past_due", "canceled"]);

export const subscriptionSchema = z
  .object({
    id: z.number().int(),
    status: subscriptionStatusSchema,
    productName: z.string(),
    plan: subscriptionPlanSchema,
    quantity: z.number().int(),
    amountPerCycle: cents("What a renewal charges: price × quantity"),
    currentPeriodEnd: timestamp.nullable().meta({ description: "When the period paid for ends and the next renewal is due" }),
    cancelAtPeriodEnd: z.boolean(),
    pausedAt: timestamp.nullable(),
    skippedUntil: timestamp.nullable().meta({ description: "A skipped cycle: nothing is charged before this time" }),
    pendingChange: z
      .object({ plan: subscriptionPlanSchema.nullable(), quantity: z.number().int().nullable() })
      .nullable()
      .meta({ description: "A plan or quantity change that starts with the next renewal" }),
    cancelReason: z.string().nullable(),
    canceledAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Subscription" });

export const subscriptionDetailSchema = subscriptionSchema
  .extend({
    history: z.array(z.object({ action: z.string(), effective: z.string().nullable(), reason: z.string().nullable(), actor: z.string(), createdAt: timestamp })),
    orders: z.array(z.object({ orderNumber: z.string(), total: cents("Order total"), createdAt: timestamp })).meta({ description: "The orders its paid invoices made, newest first" }),
  })
  .meta({ id: "SubscriptionDetail" });

export const startedSubscriptionSchema = z
  .object({
    subscription: subscriptionSchema,
    clientSecret: z.string().nullable().meta({ description: "Confirm the first invoice's payment with Stripe.js; null when nothing is due" }),
    publishableKey: z.string().nullable(),
  })
  .meta({ id: "StartedSubscription" });
