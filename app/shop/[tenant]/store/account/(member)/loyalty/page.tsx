import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { StatusBadge } from "@/components/account/status-badge";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { formatMoney } from "@/lib/format/money";
import { getLoyaltySummary, listLoyaltyActivity } from "@/lib/loyalty/get-loyalty";
import { loyaltyActivityQuerySchema, type LoyaltyActivityView } from "@/lib/loyalty/schemas";
import { loyaltySettings } from "@/lib/loyalty/settings";
import { memberPage } from "../../_lib/member";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ page?: string | string[] }> };

export const metadata: Metadata = { title: "Loyalty points", robots: { index: false } };

const PER_PAGE = 10;

const activityLabel: Record<LoyaltyActivityView["type"], string> = {
  earned: "Earned",
  redeemed: "Redeemed",
  revoked: "Taken back",
  restored: "Given back",
};

export default async function LoyaltyPage({ params, searchParams }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/loyalty");
  if (!(await loyaltySettings(shop.siteId)).enabled) {
    return (
      <div>
        <AccountHeading title="Loyalty points" />
        <div className="mt-8">
          <EmptyState title={`${shop.name} has no loyalty program`} action={{ label: "Back to your account", href: shop.href("/account") }} />
        </div>
      </div>
    );
  }
  // A page number that is not one shows the first page rather than an error.
  const query = loyaltyActivityQuerySchema.safeParse({ page: (await searchParams).page, limit: String(PER_PAGE) });
  const [summary, { activity, pagination }] = await Promise.all([
    getLoyaltySummary(shop.siteId, customerId),
    listLoyaltyActivity(shop.siteId, customerId, query.success ? query.data : { page: 1, limit: PER_PAGE }),
  ]);
  const money = (cents: number) => formatMoney(cents, shop.currency, shop.locale);
  const number = new Intl.NumberFormat(shop.locale);
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium" });

  return (
    <div>
      <AccountHeading title="Loyalty points">
        <p>
          Earn {number.format(summary.pointsPerDollar)} {summary.pointsPerDollar === 1 ? "point" : "points"} for every {money(100)} you spend; each point takes{" "}
          {money(summary.pointValueCents)} off an order at checkout.
        </p>
      </AccountHeading>
      <dl className="mt-8 grid gap-4 sm:grid-cols-2">
        <div className={cardClass}>
          <dt className="text-sm text-muted">Balance</dt>
          <dd className="mt-1 text-3xl font-semibold tabular-nums text-ink" data-testid="loyalty-balance">
            {number.format(summary.balance)} points
          </dd>
          <dd className="mt-1 text-sm text-muted">Worth {money(summary.redeemableValue)} at checkout</dd>
        </div>
        <div className={cardClass}>
          <dt className="text-sm text-muted">Tier</dt>
          <dd className="mt-1 text-3xl font-semibold text-ink" data-testid="loyalty-tier">
            {summary.tier ?? "No tier yet"}
          </dd>
          {summary.nextTier && (
            <dd className="mt-1 text-sm text-muted">
              {number.format(summary.pointsToNextTier ?? 0)} more points to {summary.nextTier}
            </dd>
          )}
        </div>
        <div className={cardClass}>
          <dt className="text-sm text-muted">Earned in all</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums text-ink">{number.format(summary.lifetimeEarned)} points</dd>
        </div>
        <div className={cardClass}>
          <dt className="text-sm text-muted">Redeemed</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums text-ink">{number.format(summary.redeemed)} points</dd>
        </div>
      </dl>

      <h2 className="mt-10 text-xl font-semibold text-ink">Activity</h2>
      {activity.length === 0 ? (
        <div className="mt-4">
          <EmptyState headingLevel="h3" title={pagination.total ? "No activity on this page" : "No points yet"} action={{ label: "Start shopping", href: shop.href() }}>
            Paid orders earn points; they show here.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" aria-label="Loyalty activity" className="mt-4 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {activity.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-center gap-x-6 gap-y-2 px-5 py-4">
              <StatusBadge label={activityLabel[entry.type]} tone={entry.points >= 0 ? "good" : "neutral"} />
              <p className="text-sm text-muted">
                <time dateTime={entry.createdAt}>{date.format(new Date(entry.createdAt))}</time>
                {entry.orderNumber && (
                  <>
                    {" · "}
                    <Link href={shop.href(`/account/orders/${encodeURIComponent(entry.orderNumber)}`)} className="font-medium text-ink underline">
                      {entry.orderNumber}
                    </Link>
                  </>
                )}
                {entry.note && entry.note !== "Refund" && <> · {entry.note}</>}
              </p>
              <p className="ml-auto font-medium tabular-nums text-ink">
                {entry.points > 0 ? "+" : entry.points < 0 ? "−" : ""}
                {number.format(Math.abs(entry.points))}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={pagination.page} totalPages={pagination.totalPages} hrefFor={(page) => shop.href(`/account/loyalty${page > 1 ? `?page=${page}` : ""}`)} />
    </div>
  );
}
