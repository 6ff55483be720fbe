import { StatusBadge } from "./status-badge";

const labels = { incomplete: "Awaiting payment", active: "Active", paused: "Paused", past_due: "Payment failed", canceled: "Canceled" } as const;

/** A subscription's status in words; a cancellation set for the period's end says so. */
export function SubscriptionStatusBadge({ subscription }: { subscription: { status: keyof typeof labels; cancelAtPeriodEnd: boolean } }) {
  const { status } = subscription;
  const label = status === "active" && subscription.cancelAtPeriodEnd ? "Ending" : labels[status];
  return <StatusBadge label={label} tone={status === "active" ? "good" : status === "past_due" || status === "canceled" ? "bad" : "neutral"} />;
}
