import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { billingFor, type Billing, type BillingSubscription } from "./billing";
import { activePlan, billablePlanSelect, stripePriceOf } from "./plans";
import type { SubscriptionActionInput } from "./schemas";
import { addInterval, refusal } from "./subscription-rules";
import { getSubscription } from "./subscriptions";
import { callStripe } from "./call-stripe";

/** How long one change may hold the subscription: past Stripe's timeout and retries, so a crashed change frees it. */
export const CHANGE_LEASE_MS = 2 * 60_000;

/** Collection resumes an hour before the renewal after the skipped one, so that renewal is charged. */
const SKIP_MARGIN_MS = 60 * 60_000;

const stateSelect = {
  id: true,
  status: true,
  cancelAtPeriodEnd: true,
  resumesAt: true,
  currentPeriodEnd: true,
  stripeSubscriptionId: true,
  planId: true,
  quantity: true,
  pendingPlanId: true,
  pendingQuantity: true,
  plan: { select: billablePlanSelect },
  pendingPlan: { select: billablePlanSelect },
} as const;

type Current = Prisma.SubscriptionGetPayload<{ select: typeof stateSelect }>;

/**
 * POST /account/subscriptions/{id}: one action on the customer's subscription, made at Stripe
 * first and then recorded with its reason. The subscription is claimed for the change by a
 * conditional UPDATE and its rules checked under that claim, so two changes at once never both
 * apply: the second is refused with subscription_change_in_progress. If Stripe refuses or fails,
 * nothing changes here.
 */
export async function changeSubscription(siteId: number, customerId: number, subscriptionId: number, input: SubscriptionActionInput) {
  const owned = await db().subscription.findFirst({ where: { id: subscriptionId, siteId, customerId }, select: { id: true } });
  if (!owned) throw notFound("Subscription not found");
  const billing = await billingFor(siteId);

  const now = new Date();
  const claimed = await db().subscription.updateMany({
    where: { id: subscriptionId, OR: [{ changeStartedAt: null }, { changeStartedAt: { lt: new Date(now.getTime() - CHANGE_LEASE_MS) } }] },
    data: { changeStartedAt: now },
  });
  if (claimed.count === 0) throw new ApiError("subscription_change_in_progress", "Another change to this subscription is being made; try again in a moment");
  try {
    const current = await db().subscription.findUniqueOrThrow({ where: { id: subscriptionId }, select: stateSelect });
    const refused = refusal(current, input);
    if (refused) throw new ApiError("subscription_action_not_allowed", refused);
    const data = await apply(siteId, billing, current, input);
    await db().$transaction([
      db().subscription.update({ where: { id: subscriptionId }, data: { ...data, changeStartedAt: null } }),
      db().subscriptionChange.create({
        data: { subscriptionId, action: input.action, effective: "effective" in input ? input.effective : null, reason: input.reason || null, actor: "customer" },
      }),
    ]);
  } finally {
    await db().subscription.updateMany({ where: { id: subscriptionId, changeStartedAt: now }, data: { changeStartedAt: null } });
  }
  return getSubscription(siteId, customerId, subscriptionId);
}

/** Makes the change at Stripe and answers what the local record becomes. */
async function apply(siteId: number, billing: Billing, current: Current, input: SubscriptionActionInput): Promise<Prisma.SubscriptionUncheckedUpdateInput> {
  const stripeId = current.stripeSubscriptionId;
  if (!stripeId) throw new ApiError("subscription_action_not_allowed", "This subscription is still being set up; try again in a moment");
  const at = (call: () => Promise<BillingSubscription>) => callStripe(call);
  switch (input.action) {
    case "pause":
      await at(() => billing.pauseCollection(stripeId, null));
      return { status: "paused", pausedAt: new Date(), resumesAt: null };
    case "resume":
      await at(() => billing.resume(stripeId));
      return { status: current.status === "paused" ? "active" : current.status, pausedAt: null, resumesAt: null, cancelAtPeriodEnd: false, cancelReason: null };
    case "skip-cycle": {
      const next = current.pendingPlan ?? current.plan;
      const resumesAt = new Date(addInterval(current.currentPeriodEnd!, next.interval, next.intervalCount).getTime() - SKIP_MARGIN_MS);
      await at(() => billing.pauseCollection(stripeId, resumesAt));
      return { resumesAt };
    }
    case "change-plan": {
      const plan = await activePlan(siteId, input.planId);
      if (plan.productId !== current.plan.productId || plan.currency !== current.plan.currency) {
        throw new ApiError("validation_error", "planId: the new plan must be a plan of the same product, in the same currency");
      }
      if (plan.id === (current.pendingPlanId ?? current.planId)) throw new ApiError("subscription_action_not_allowed", "The subscription is on this plan already");
      const priceId = await callStripe(() => stripePriceOf(billing, plan));
      await at(() => billing.changeItem(stripeId, { priceId, immediate: input.effective === "immediate" }));
      return scheduled(current, input.effective, { planId: plan.id });
    }
    case "change-quantity":
      if (input.quantity === (current.pendingQuantity ?? current.quantity)) throw new ApiError("subscription_action_not_allowed", `The subscription is for ${input.quantity} already`);
      await at(() => billing.changeItem(stripeId, { quantity: input.quantity, immediate: input.effective === "immediate" }));
      return scheduled(current, input.effective, { quantity: input.quantity });
    case "cancel":
      if (input.effective === "immediate" || current.status === "incomplete") {
        await at(() => billing.cancelNow(stripeId));
        return { status: "canceled", canceledAt: new Date(), cancelAtPeriodEnd: false, cancelReason: input.reason || null, pendingPlanId: null, pendingQuantity: null };
      }
      await at(() => billing.setCancelAtPeriodEnd(stripeId, true));
      return { cancelAtPeriodEnd: true, cancelReason: input.reason || null };
  }
}

/**
 * A plan or quantity change now, or waiting for the next renewal. Stripe's item already carries
 * every pending change, so one made now brings the pending ones with it; a change back to what
 * the subscription has now simply clears the pending one.
 */
function scheduled(current: Current, effective: "next_cycle" | "immediate", change: { planId?: number; quantity?: number }): Prisma.SubscriptionUncheckedUpdateInput {
  const planId = change.planId ?? current.pendingPlanId ?? current.planId;
  const quantity = change.quantity ?? current.pendingQuantity ?? current.quantity;
  if (effective === "immediate") return { planId, quantity, pendingPlanId: null, pendingQuantity: null };
  return { planId: current.planId, quantity: current.quantity, pendingPlanId: planId === current.planId ? null : planId, pendingQuantity: quantity === current.quantity ? null : quantity };
}
