import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { Billing } from "./billing";

export const billablePlanSelect = { id: true, productId: true, name: true, interval: true, intervalCount: true, price: true, currency: true, stripePriceId: true } as const;

/** An active plan of this site, or a 400 naming the field (a plan id is body input, not a path). */
export async function activePlan(siteId: number, planId: number) {
  const plan = await db().subscriptionPlan.findFirst({ where: { id: planId, siteId, active: true, product: { status: "active" } }, select: billablePlanSelect });
  if (!plan) throw new ApiError("validation_error", "planId: no such plan on sale in this store");
  return plan;
}

/** The plan's Stripe Price, made on first use and kept; a concurrent first use keeps the first one stored. */
export async function stripePriceOf(billing: Billing, plan: { id: number; name: string; price: number; currency: string; interval: "week" | "month" | "year"; intervalCount: number; stripePriceId: string | null }) {
  if (plan.stripePriceId) return plan.stripePriceId;
  const priceId = await billing.createPrice(plan);
  await db().subscriptionPlan.updateMany({ where: { id: plan.id, stripePriceId: null }, data: { stripePriceId: priceId } });
  return (await db().subscriptionPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { stripePriceId: true } })).stripePriceId ?? priceId;
}
