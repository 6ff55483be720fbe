import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading } from "@/components/account/account-heading";
import { EmptyState } from "@/components/empty-state";
import { SubscriptionStatusBadge } from "@/components/account/subscription-status-badge";
import { formatMoney } from "@/lib/format/money";
import { cycleLabel, listSubscriptions } from "@/lib/subscriptions/subscriptions";
import { memberPage } from "../../_lib/member";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Subscriptions", robots: { index: false } };

export default async function SubscriptionsPage({ params }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/subscriptions");
  const subscriptions = await listSubscriptions(shop.siteId, customerId);
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div>
      <AccountHeading title="Subscriptions">
        <p>Products delivered on repeat. Pause, skip, change or cancel them here.</p>
      </AccountHeading>
      {subscriptions.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No subscriptions" action={{ label: "Start shopping", href: shop.href() }}>
            Products sold on subscription can be ordered on repeat from their page.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" className="mt-8 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {subscriptions.map((subscription) => (
            <li key={subscription.id} className="relative flex flex-wrap items-center gap-x-6 gap-y-2 px-5 py-4 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-accent">
              <h2 className="min-w-40 font-semibold text-ink">
                <Link href={shop.href(`/account/subscriptions/${subscription.id}`)} className="after:absolute after:inset-0 focus-visible:outline-hidden">
                  {subscription.productName}
                </Link>
              </h2>
              <p className="text-sm text-muted">
                {subscription.quantity} × {subscription.plan.name}, {cycleLabel(subscription.plan)}
                {subscription.currentPeriodEnd && subscription.status !== "canceled" && (
                  <>
                    {" "}
                    · {subscription.cancelAtPeriodEnd ? "ends" : "renews"} <time dateTime={subscription.currentPeriodEnd}>{date.format(new Date(subscription.currentPeriodEnd))}</time>
                  </>
                )}
              </p>
              <SubscriptionStatusBadge subscription={subscription} />
              <p className="ml-auto font-medium tabular-nums text-ink">{formatMoney(subscription.amountPerCycle, subscription.plan.currency, shop.locale)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
