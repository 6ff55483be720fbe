import type { SubscriptionActionInput } from "./schemas";

export type SubscriptionState = {
  status: "incomplete" | "active" | "paused" | "past_due" | "canceled";
  cancelAtPeriodEnd: boolean;
  resumesAt: Date | null;
  currentPeriodEnd: Date | null;
};

/**
 * Why this action cannot be taken in this state, or null when it can. A subscription that is
 * set to end with its period takes no other change until resumed, so nothing is scheduled for a
 * cycle that will not come.
 */
export function refusal(state: SubscriptionState, input: SubscriptionActionInput): string | null {
  if (state.status === "canceled") return "This subscription is canceled";
  const ending = state.cancelAtPeriodEnd ? "This subscription ends with its current period; resume it first" : null;
  switch (input.action) {
    case "pause":
      if (state.status === "paused") return "This subscription is paused already";
      return state.status === "active" ? ending : `A subscription that is ${state.status} cannot be paused`;
    case "resume":
      return state.status === "paused" || state.resumesAt || state.cancelAtPeriodEnd ? null : "Only a paused subscription, a skipped cycle or a cancellation set for the period's end can be resumed";
    case "skip-cycle":
      if (state.status !== "active" || !state.currentPeriodEnd) return `A subscription that is ${state.status} has no cycle to skip`;
      if (state.resumesAt) return "The next cycle is skipped already";
      return ending;
    case "change-plan":
    case "change-quantity":
      return state.status === "active" || state.status === "paused" ? ending : `A subscription that is ${state.status} cannot be changed`;
    case "cancel":
      if (state.status === "incomplete" && input.effective !== "immediate") return "A subscription not yet paid for has no period to run out; cancel it with effective: immediate";
      return input.effective === "next_cycle" && state.cancelAtPeriodEnd ? "This subscription ends with its current period already" : null;
  }
}

/**
 * The date `count` intervals after `from`, in UTC. As Stripe bills, a month from the 31st is the
 * last day of a shorter month (not the 3rd of the one after).
 */
export function addInterval(from: Date, interval: "week" | "month" | "year", count: number): Date {
  const next = new Date(from);
  if (interval === "week") {
    next.setUTCDate(next.getUTCDate() + 7 * count);
    return next;
  }
  const months = interval === "year" ? 12 * count : count;
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, lastDay));
  return next;
}
