import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { StatusBadge } from "@/components/account/status-badge";
import { EmptyState } from "@/components/empty-state";
import { FormAlert } from "@/components/form-alert";
import { listReturns } from "@/lib/account/returns";
import { memberPage } from "../../_lib/member";
import { humanize } from "@/lib/orders/order-timeline";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const metadata: Metadata = { title: "Returns", robots: { index: false } };

const statusTone = (status: string) => (status === "rejected" ? "bad" : status === "requested" ? "neutral" : "good");

export default async function ReturnsPage({ params, searchParams }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/returns");
  const [returns, { notice }] = await Promise.all([listReturns(shop.siteId, customerId), searchParams]);
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium" });

  return (
    <div>
      <AccountHeading title="Returns">
        <p>Your return requests, newest first. Start one from a delivered order.</p>
      </AccountHeading>
      {notice === "requested" && (
        <div className="mt-6">
          <FormAlert tone="success">Return requested. We will be in touch by e-mail.</FormAlert>
        </div>
      )}
      {returns.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No return requests" action={{ label: "See your orders", href: shop.href("/account/orders") }} />
        </div>
      ) : (
        <ul role="list" className="mt-8 space-y-4">
          {returns.map((request) => (
            <li key={request.id} className={cardClass}>
              <div className="flex flex-wrap items-center gap-3">
                <h2 className="font-semibold text-ink">Return #{request.id}</h2>
                <StatusBadge label={humanize(request.status)} tone={statusTone(request.status)} />
                <span className="text-sm text-muted">
                  for a {request.resolution} · <time dateTime={request.createdAt}>{date.format(new Date(request.createdAt))}</time>
                </span>
              </div>
              <p className="mt-2 text-sm text-muted">
                Order{" "}
                <Link href={shop.href(`/account/orders/${encodeURIComponent(request.orderNumber)}`)} className="font-medium text-ink underline">
                  {request.orderNumber}
                </Link>
              </p>
              <ul role="list" className="mt-3 text-sm text-ink">
                {request.items.map((item) => (
                  <li key={item.orderItemId}>
                    {item.quantity} × {item.productName}
                    {item.variantName && <span className="text-muted"> – {item.variantName}</span>}
                  </li>
                ))}
              </ul>
              <p className="mt-3 text-sm text-muted">Reason: {request.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
