import { db } from "@/lib/db";
import type { Prisma, SubscriptionStatus } from "@/lib/generated/prisma/client";
import type { BillingSubscription } from "./billing";

/** Our status of a Stripe subscription: collection paused with no end is our "paused". */
export function localStatus(remote: BillingSubscription): SubscriptionStatus {
  switch (remote.status) {
    case "canceled":
    case "incomplete_expired":
      return "canceled";
    case "past_due":
    case "unpaid":
      return "past_due";
    case "incomplete":
      return "incomplete";
    case "paused":
      return "paused";
    default:
      return remote.pausedUntil === null ? "paused" : "active";
  }
}

const MAX_INT4 = 2_147_483_647;

/**
 * The local subscription of a Stripe subscription on this site: by its id, or, when the answer
 * that carried the id was lost, by the local id Stripe's metadata holds (only for a row not yet
 * linked, of this site).
 */
export async function findLocalSubscription(siteId: number, stripeId: string, metadata: Record<string, string> | null | undefined) {
  const ours = Number(metadata?.subscriptionId);
  const byMetadata = Number.isSafeInteger(ours) && ours > 0 && ours <= MAX_INT4 && metadata?.siteId === String(siteId) ? [{ id: ours, stripeSubscriptionId: null }] : [];
  return db().subscription.findFirst({
    where: { siteId, OR: [{ stripeSubscriptionId: stripeId }, ...byMetadata] },
    select: { id: true, status: true, planId: true, quantity: true, pendingPlanId: true, pendingQuantity: true, pausedAt: true, canceledAt: true, currentPeriodEnd: true, changeStartedAt: true },
  });
}

type LocalSubscription = NonNullable<Awaited<ReturnType<typeof findLocalSubscription>>>;

/**
 * Makes the local record what Stripe says. A new period applies the changes that waited for it.
 * A plan or quantity Stripe has that is neither the current one nor the pending one was changed
 * at Stripe (the dashboard): the record follows it. While a customer's change is in flight its
 * own write is the truth, so plan and quantity are left to it.
 */
export async function syncSubscription(siteId: number, row: LocalSubscription, remote: BillingSubscription, actor: "webhook" | "customer" = "webhook") {
  const status = localStatus(remote);
  const now = new Date();
  const data: Prisma.SubscriptionUncheckedUpdateInput = {
    stripeSubscriptionId: remote.id,
    status,
    cancelAtPeriodEnd: status === "canceled" ? false : remote.cancelAtPeriodEnd,
    resumesAt: remote.pausedUntil ?? null,
    pausedAt: status === "paused" ? (row.pausedAt ?? now) : null,
    canceledAt: status === "canceled" ? (row.canceledAt ?? now) : null,
    currentPeriodEnd: remote.currentPeriodEnd ?? row.currentPeriodEnd,
  };
  if (!row.changeStartedAt) {
    const newPeriod = Boolean(remote.currentPeriodEnd && row.currentPeriodEnd && remote.currentPeriodEnd > row.currentPeriodEnd);
    const remotePlan = remote.priceId ? await db().subscriptionPlan.findFirst({ where: { siteId, stripePriceId: remote.priceId }, select: { id: true } }) : null;
    const planId = remotePlan?.id ?? row.pendingPlanId ?? row.planId;
    const followsPending = planId === (row.pendingPlanId ?? row.planId) && remote.quantity === (row.pendingQuantity ?? row.quantity);
    if (newPeriod || !followsPending) Object.assign(data, { planId, quantity: remote.quantity, pendingPlanId: null, pendingQuantity: null });
  }
  await db().subscription.update({ where: { id: row.id }, data });
  if (status !== row.status && (status === "canceled" || status === "past_due")) {
    await db().subscriptionChange.create({ data: { subscriptionId: row.id, action: status === "canceled" ? "cancel" : "payment_failed", actor } });
  }
}
