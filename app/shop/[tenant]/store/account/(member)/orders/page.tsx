import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading } from "@/components/account/account-heading";
import { orderTone, StatusBadge } from "@/components/account/status-badge";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { accountOrdersQuerySchema, listAccountOrders } from "@/lib/account/orders";
import { formatMoney } from "@/lib/format/money";
import { memberPage } from "../../_lib/member";
import { statusLabel } from "@/lib/orders/order-timeline";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ page?: string | string[] }> };

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };

const PER_PAGE = 10;

export default async function OrdersPage({ params, searchParams }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/orders");
  // A page number that is not one shows the first page rather than an error.
  const query = accountOrdersQuerySchema.safeParse({ page: (await searchParams).page, limit: String(PER_PAGE) });
  const { orders, pagination } = await listAccountOrders(shop.siteId, customerId, query.success ? query.data : { page: 1, limit: PER_PAGE });
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium" });

  return (
    <div>
      <AccountHeading title="Your orders">
        <p>{pagination.total === 1 ? "1 order" : `${pagination.total} orders`}, newest first.</p>
      </AccountHeading>
      {orders.length === 0 ? (
        <div className="mt-8">
          <EmptyState title={pagination.total ? "No orders on this page" : "No orders yet"} action={{ label: "Start shopping", href: shop.href() }}>
            Orders you place with {shop.name} appear here, with their tracking.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" className="mt-8 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {orders.map((order) => (
            <li key={order.id} className="relative flex flex-wrap items-center gap-x-6 gap-y-2 px-5 py-4 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-accent">
              <h2 className="min-w-32 font-semibold text-ink">
                <Link href={shop.href(`/account/orders/${encodeURIComponent(order.orderNumber)}`)} className="after:absolute after:inset-0 focus-visible:outline-hidden">
                  {order.orderNumber}
                </Link>
              </h2>
              <p className="text-sm text-muted">
                <time dateTime={order.createdAt}>{date.format(new Date(order.createdAt))}</time>
              </p>
              <StatusBadge label={statusLabel(order.status)} tone={orderTone(order.status)} />
              <p className="ml-auto font-medium tabular-nums text-ink">{formatMoney(order.total, shop.currency, shop.locale)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={pagination.page} totalPages={pagination.totalPages} hrefFor={(page) => shop.href(`/account/orders${page > 1 ? `?page=${page}` : ""}`)} />
    </div>
  );
}
