import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { SubscriptionStatusBadge } from "@/components/account/subscription-status-badge";
import { TextAreaField } from "@/components/account/text-area-field";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { ApiError } from "@/lib/api/errors";
import { formatMoney } from "@/lib/format/money";
import { MAX_SUBSCRIPTION_QUANTITY, subscriptionIdParamSchema, type SubscriptionAction } from "@/lib/subscriptions/schemas";
import { refusal } from "@/lib/subscriptions/subscription-rules";
import { cycleLabel, getSubscription, plansOfProduct } from "@/lib/subscriptions/subscriptions";
import { memberPage } from "../../../_lib/member";
import { changeSubscriptionAction } from "../actions";

type Props = { params: Promise<{ tenant: string; subscriptionId: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const metadata: Metadata = { title: "Subscription", robots: { index: false } };

const NOTICES: Record<SubscriptionAction, string> = {
  pause: "Paused. Nothing is charged until you resume.",
  resume: "Resumed.",
  "skip-cycle": "The next delivery is skipped; nothing is charged for it.",
  "change-plan": "Plan changed.",
  "change-quantity": "Quantity changed.",
  cancel: "Canceled.",
};

export default async function SubscriptionPage({ params, searchParams }: Props) {
  const { tenant, subscriptionId: rawId } = await params;
  const parsed = subscriptionIdParamSchema.safeParse({ subscriptionId: rawId });
  if (!parsed.success) notFound();
  const { shop, customerId } = await memberPage(tenant, `/account/subscriptions/${rawId}`);
  const subscription = await getSubscription(shop.siteId, customerId, parsed.data.subscriptionId).catch((error) => {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  });
  const [plans, { notice }] = await Promise.all([plansOfProduct(shop.siteId, subscription.plan.productId), searchParams]);
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium", timeZone: "UTC" });
  const money = (cents: number) => formatMoney(cents, subscription.plan.currency, shop.locale);
  const state = {
    status: subscription.status,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    resumesAt: subscription.skippedUntil ? new Date(subscription.skippedUntil) : null,
    currentPeriodEnd: subscription.currentPeriodEnd ? new Date(subscription.currentPeriodEnd) : null,
  };
  const can = (action: SubscriptionAction, effective: "next_cycle" | "immediate" = "next_cycle") =>
    refusal(state, action === "change-plan" ? { action, planId: 1, effective } : action === "change-quantity" ? { action, quantity: 1, effective } : { action, effective }) === null;
  const act = (action: SubscriptionAction) => changeSubscriptionAction.bind(null, shop.siteId, subscription.id, action);
  const otherPlans = plans.filter((p) => p.id !== (subscription.pendingChange?.plan?.id ?? subscription.plan.id));
  const shownNotice = typeof notice === "string" && notice in NOTICES ? NOTICES[notice as SubscriptionAction] : null;

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Subscriptions", href: shop.href("/account/subscriptions") },
          { name: subscription.productName, href: shop.href(`/account/subscriptions/${subscription.id}`) },
        ]}
      />
      <AccountHeading title={subscription.productName}>
        <p className="flex flex-wrap items-center gap-3">
          <span>
            {subscription.quantity} × {subscription.plan.name}, {money(subscription.amountPerCycle)} {cycleLabel(subscription.plan)}
          </span>
          <SubscriptionStatusBadge subscription={subscription} />
        </p>
      </AccountHeading>
      {shownNotice && (
        <div className="mt-6">
          <FormAlert tone="success">{shownNotice}</FormAlert>
        </div>
      )}

      <section aria-labelledby="summary-heading" className={`mt-8 ${cardClass}`}>
        <h2 id="summary-heading" className="font-semibold text-ink">
          Where it stands
        </h2>
        <ul role="list" className="mt-2 space-y-1 text-sm text-ink">
          {subscription.status === "canceled" && subscription.canceledAt && <li>Canceled on {date.format(new Date(subscription.canceledAt))}.</li>}
          {subscription.status === "incomplete" && <li>Waiting for the first payment.</li>}
          {subscription.status === "past_due" && <li>The last payment failed; we will try again.</li>}
          {subscription.status === "paused" && <li>Paused: nothing is charged or sent until you resume.</li>}
          {subscription.currentPeriodEnd && subscription.status !== "canceled" && (
            <li>
              {subscription.cancelAtPeriodEnd ? "Ends" : "Next renewal"} on {date.format(new Date(subscription.currentPeriodEnd))}.
            </li>
          )}
          {subscription.skippedUntil && <li>The next delivery is skipped; charging starts again on {date.format(new Date(subscription.skippedUntil))}.</li>}
          {subscription.pendingChange && (
            <li>
              From the next renewal: {subscription.pendingChange.quantity ?? subscription.quantity} × {(subscription.pendingChange.plan ?? subscription.plan).name}.
            </li>
          )}
          {subscription.cancelReason && <li>Reason given for cancelling: {subscription.cancelReason}</li>}
        </ul>
      </section>

      <div className="mt-6 grid gap-6 empty:hidden lg:grid-cols-2">
        {can("resume") && (
          <section aria-labelledby="resume-heading" className={cardClass}>
            <h2 id="resume-heading" className="font-semibold text-ink">
              Resume
            </h2>
            <p className="mt-1 text-sm text-muted">Charge and deliver again from the next renewal.</p>
            <ActionForm action={act("resume")} submitLabel="Resume subscription" pendingLabel="Resuming…" className="mt-4" />
          </section>
        )}
        {can("pause") && (
          <section aria-labelledby="pause-heading" className={cardClass}>
            <h2 id="pause-heading" className="font-semibold text-ink">
              Pause
            </h2>
            <p className="mt-1 text-sm text-muted">The period already paid for runs out; nothing more is charged until you resume.</p>
            <ActionForm action={act("pause")} submitLabel="Pause subscription" pendingLabel="Pausing…" tone="secondary" className="mt-4">
              <TextAreaField label="Reason for pausing (optional)" name="reason" id="pause-reason" maxLength={500} rows={2} />
            </ActionForm>
          </section>
        )}
        {can("skip-cycle") && (
          <section aria-labelledby="skip-heading" className={cardClass}>
            <h2 id="skip-heading" className="font-semibold text-ink">
              Skip the next delivery
            </h2>
            <p className="mt-1 text-sm text-muted">The next renewal is not charged; the one after it is.</p>
            <ActionForm action={act("skip-cycle")} submitLabel="Skip next delivery" pendingLabel="Skipping…" tone="secondary" className="mt-4" />
          </section>
        )}
        {can("change-plan") && otherPlans.length > 0 && (
          <section aria-labelledby="plan-heading" className={cardClass}>
            <h2 id="plan-heading" className="font-semibold text-ink">
              Change plan
            </h2>
            <ActionForm action={act("change-plan")} submitLabel="Change plan" pendingLabel="Changing…" tone="secondary" className="mt-4">
              <div>
                <label htmlFor="planId" className="block text-sm font-medium text-ink">
                  New plan
                </label>
                <select id="planId" name="planId" required className="mt-1.5 block h-11 w-full rounded-xl border border-stone-300 bg-white px-3.5 text-base text-ink">
                  {otherPlans.map((plan) => (
                    <option key={plan.id} value={plan.id}>
                      {plan.name}: {money(plan.price)} {cycleLabel(plan)}
                    </option>
                  ))}
                </select>
              </div>
              <WhenChoice name="plan" />
            </ActionForm>
          </section>
        )}
        {can("change-quantity") && (
          <section aria-labelledby="quantity-heading" className={cardClass}>
            <h2 id="quantity-heading" className="font-semibold text-ink">
              Change quantity
            </h2>
            <ActionForm action={act("change-quantity")} submitLabel="Change quantity" pendingLabel="Changing…" tone="secondary" className="mt-4">
              <FormField label="Quantity" name="quantity" type="number" min={1} max={MAX_SUBSCRIPTION_QUANTITY} required defaultValue={subscription.pendingChange?.quantity ?? subscription.quantity} />
              <WhenChoice name="quantity" />
            </ActionForm>
          </section>
        )}
        {can("cancel", "immediate") && (
          <section aria-labelledby="cancel-heading" className={cardClass}>
            <h2 id="cancel-heading" className="font-semibold text-ink">
              Cancel
            </h2>
            <ActionForm action={act("cancel")} submitLabel="Cancel subscription" pendingLabel="Cancelling…" tone="danger" className="mt-4">
              <TextAreaField label="Reason for cancelling (optional)" name="reason" id="cancel-reason" maxLength={500} rows={2} />
              {can("cancel") ? (
                <WhenChoice name="cancel" nextCycle="When the paid period ends" immediate="Now" />
              ) : (
                <input type="hidden" name="effective" value="immediate" />
              )}
            </ActionForm>
          </section>
        )}
      </div>

      {subscription.orders.length > 0 && (
        <section aria-labelledby="orders-heading" className={`mt-6 ${cardClass}`}>
          <h2 id="orders-heading" className="font-semibold text-ink">
            Its orders
          </h2>
          <ul role="list" className="mt-2 space-y-1 text-sm">
            {subscription.orders.map((order) => (
              <li key={order.orderNumber}>
                <Link href={shop.href(`/account/orders/${encodeURIComponent(order.orderNumber)}`)} className="font-medium text-ink underline">
                  {order.orderNumber}
                </Link>{" "}
                <span className="text-muted">
                  {date.format(new Date(order.createdAt))} · {money(order.total)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** When a plan, quantity or cancellation change takes effect. */
function WhenChoice({ name, nextCycle = "From the next renewal", immediate = "Now (the difference is charged today)" }: { name: string; nextCycle?: string; immediate?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-ink">When</legend>
      <div className="mt-2 flex flex-wrap gap-x-8 gap-y-2">
        {[
          ["next_cycle", nextCycle],
          ["immediate", immediate],
        ].map(([value, label], i) => (
          <label key={value} className="flex items-center gap-3 text-sm text-ink">
            <input type="radio" name="effective" id={`${name}-${value}`} value={value} defaultChecked={i === 0} required className="size-5 accent-ink" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
