import type { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { paymentSettings } from "@/lib/payments/payment-settings";
import type { subscriptionDetailSchema, subscriptionPlanSchema, subscriptionSchema } from "./schemas";

const planSelect = { id: true, productId: true, name: true, interval: true, intervalCount: true, price: true, currency: true } as const;

export const subscriptionSelect = {
  id: true,
  status: true,
  quantity: true,
  currentPeriodEnd: true,
  cancelAtPeriodEnd: true,
  pausedAt: true,
  resumesAt: true,
  pendingQuantity: true,
  cancelReason: true,
  canceledAt: true,
  createdAt: true,
  plan: { select: { ...planSelect, product: { select: { name: true } } } },
  pendingPlan: { select: planSelect },
} as const;

type PlanRow = { id: number; productId: number; name: string; interval: "week" | "month" | "year"; intervalCount: number; price: number; currency: string };
type SubscriptionRow = {
  id: number;
  status: z.infer<typeof subscriptionSchema>["status"];
  quantity: number;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  pausedAt: Date | null;
  resumesAt: Date | null;
  pendingQuantity: number | null;
  cancelReason: string | null;
  canceledAt: Date | null;
  createdAt: Date;
  plan: PlanRow & { product: { name: string } };
  pendingPlan: PlanRow | null;
};

export const planView = (plan: PlanRow): z.infer<typeof subscriptionPlanSchema> => ({
  id: plan.id,
  productId: plan.productId,
  name: plan.name,
  interval: plan.interval,
  intervalCount: plan.intervalCount,
  price: plan.price,
  currency: plan.currency,
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function subscriptionView(row: SubscriptionRow): z.infer<typeof subscriptionSchema> {
  const hasPending = row.pendingPlan !== null || row.pendingQuantity !== null;
  return {
    id: row.id,
    status: row.status,
    productName: row.plan.product.name,
    plan: planView(row.plan),
    quantity: row.quantity,
    amountPerCycle: row.plan.price * row.quantity,
    currentPeriodEnd: iso(row.currentPeriodEnd),
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    pausedAt: iso(row.pausedAt),
    skippedUntil: iso(row.resumesAt),
    pendingChange: hasPending ? { plan: row.pendingPlan ? planView(row.pendingPlan) : null, quantity: row.pendingQuantity } : null,
    cancelReason: row.cancelReason,
    canceledAt: iso(row.canceledAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** GET /account/subscriptions: the customer's subscriptions, newest first. */
export async function listSubscriptions(siteId: number, customerId: number) {
  const rows = await db().subscription.findMany({ where: { siteId, customerId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: subscriptionSelect });
  return rows.map(subscriptionView);
}

/** GET /account/subscriptions/{id}: one of the customer's subscriptions with its history; another's is not found. */
export async function getSubscription(siteId: number, customerId: number, subscriptionId: number): Promise<z.infer<typeof subscriptionDetailSchema>> {
  const row = await db().subscription.findFirst({
    where: { id: subscriptionId, siteId, customerId },
    select: {
      ...subscriptionSelect,
      changes: { orderBy: { id: "asc" }, select: { action: true, effective: true, reason: true, actor: true, createdAt: true } },
      orders: { orderBy: { id: "desc" }, take: 50, select: { orderNumber: true, total: true, createdAt: true } },
    },
  });
  if (!row) throw notFound("Subscription not found");
  return {
    ...subscriptionView(row),
    history: row.changes.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    orders: row.orders.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
  };
}

/** GET /products/{slug}/plans: the subscription plans of a product on sale. */
export async function listProductPlans(siteId: number, slug: string) {
  const product = await db().product.findFirst({ where: { siteId, slug, status: "active" }, select: { id: true } });
  if (!product) throw notFound("Product not found");
  return plansOfProduct(siteId, product.id);
}

/** A product's active plans, cheapest per cycle first. */
export async function plansOfProduct(siteId: number, productId: number) {
  const plans = await db().subscriptionPlan.findMany({ where: { siteId, productId, active: true }, orderBy: [{ price: "asc" }, { id: "asc" }], select: planSelect });
  return plans.map(planView);
}

/** "every month", "every 2 weeks". */
export const cycleLabel = (plan: { interval: string; intervalCount: number }) => (plan.intervalCount === 1 ? `every ${plan.interval}` : `every ${plan.intervalCount} ${plan.interval}s`);

/**
 * The plans a product page offers: none while the store has no Stripe account, where starting one
 * would only answer subscriptions_disabled (billing.ts).
 */
export async function offeredPlans(siteId: number, productId: number) {
  return (await paymentSettings(siteId))?.stripeSecretKey ? plansOfProduct(siteId, productId) : [];
}
