import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountHeading, buttonClass, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { orderTone, StatusBadge } from "@/components/account/status-badge";
import { TextAreaField } from "@/components/account/text-area-field";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FormAlert } from "@/components/form-alert";
import { getAccountOrder } from "@/lib/account/orders";
import { ApiError } from "@/lib/api/errors";
import { formatMoney } from "@/lib/format/money";
import { orderNumberParamSchema } from "@/lib/orders/schemas";
import { memberPage } from "../../../_lib/member";
import { OrderTimeline } from "@/components/checkout/order-timeline";
import { orderTimeline, statusLabel } from "@/lib/orders/order-timeline";
import { canCancel, canReturn } from "../../../_lib/order-display";
import { cancelOrderAction, reorderAction } from "../actions";

type Props = { params: Promise<{ tenant: string; orderNumber: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).orderNumber).slice(0, 64)}`, robots: { index: false } };
}

const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

export default async function OrderPage({ params, searchParams }: Props) {
  const { tenant, orderNumber: rawNumber } = await params;
  const { shop, customerId } = await memberPage(tenant, `/account/orders/${rawNumber}`);
  const parsed = orderNumberParamSchema.safeParse({ orderNumber: decodeURIComponent(rawNumber) });
  if (!parsed.success) notFound();
  // Another customer's order, or none: the domain answers not found for both.
  const order = await getAccountOrder(shop.siteId, customerId, parsed.data.orderNumber).catch((error) => {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  });
  const cancelled = (await searchParams).notice === "cancelled" && order.status === "cancelled";
  const money = (cents: number) => formatMoney(cents, shop.currency, shop.locale);
  const when = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium", timeStyle: "short" });
  const orderPath = `/account/orders/${encodeURIComponent(order.orderNumber)}`;
  const address = order.shippingAddress as Record<string, unknown> | null;
  const addressLines = address
    ? [order.customerName, address.line1, address.line2, [address.city, address.state, address.postalCode].filter(Boolean).join(", "), address.country].filter(
        (line): line is string => typeof line === "string" && line !== "",
      )
    : [];

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Orders", href: shop.href("/account/orders") },
          { name: order.orderNumber, href: shop.href(orderPath) },
        ]}
      />
      <AccountHeading title={`Order ${order.orderNumber}`}>
        <p className="flex flex-wrap items-center gap-3">
          <span>
            Placed <time dateTime={order.createdAt}>{when.format(new Date(order.createdAt))}</time>
          </span>
          <StatusBadge label={statusLabel(order.status)} tone={orderTone(order.status)} />
        </p>
      </AccountHeading>
      {cancelled && (
        <div className="mt-6">
          <FormAlert tone="success">Your order has been cancelled. Any payment is refunded to where it came from.</FormAlert>
        </div>
      )}

      <div className="mt-8 grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <section aria-labelledby="items-heading" className={cardClass}>
            <h2 id="items-heading" className="text-lg font-semibold text-ink">
              Items
            </h2>
            <ul role="list" className="mt-4 divide-y divide-stone-200">
              {order.items.map((item, index) => (
                <li key={index} className="flex items-start gap-4 py-4 first:pt-0 last:pb-0">
                  {item.designThumbnailUrl && (
                    <Image src={item.designThumbnailUrl} alt="" width={56} height={56} sizes="56px" className="size-14 rounded-lg bg-stone-100 object-cover" />
                  )}
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-ink">{item.productName}</p>
                    {item.variantName && <p className="text-sm text-muted">{item.variantName}</p>}
                    <p className="text-sm text-muted">
                      {item.quantity} × {money(item.unitPrice)}
                    </p>
                  </div>
                  <p className="font-medium tabular-nums text-ink">{money(item.total)}</p>
                </li>
              ))}
            </ul>
            <dl className="mt-5 space-y-2 border-t border-stone-200 pt-5 text-sm">
              {[
                ["Subtotal", order.subtotal],
                ...(order.discountTotal ? [["Discount", -order.discountTotal] as const] : []),
                [order.shippingMethod ? `Shipping (${order.shippingMethod})` : "Shipping", order.shippingTotal],
                ["Tax", order.taxTotal],
              ].map(([label, amount]) => (
                <div key={label} className="flex justify-between gap-4">
                  <dt className="text-muted">{label}</dt>
                  <dd className="tabular-nums text-ink">{money(Number(amount))}</dd>
                </div>
              ))}
              <div className="flex justify-between gap-4 border-t border-stone-200 pt-3 text-base font-semibold">
                <dt>Total</dt>
                <dd className="tabular-nums">{money(order.total)}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="timeline-heading" className={cardClass}>
            <h2 id="timeline-heading" className="text-lg font-semibold text-ink">
              Order history
            </h2>
            <div className="mt-4">
              <OrderTimeline entries={orderTimeline(order)} locale={shop.locale} headingId="timeline-heading" />
            </div>
          </section>

          <section aria-labelledby="tracking-heading" className={cardClass}>
            <h2 id="tracking-heading" className="text-lg font-semibold text-ink">
              Tracking
            </h2>
            {order.trackingNumber ? (
              <p className="mt-2 text-sm text-ink">
                {order.carrier ?? "Carrier"} tracking number{" "}
                {isWebLink(order.trackingUrl) ? (
                  <a href={order.trackingUrl} className="font-medium underline" rel="noopener noreferrer" target="_blank">
                    {order.trackingNumber}
                    <span className="sr-only"> (opens the carrier&apos;s site in a new tab)</span>
                  </a>
                ) : (
                  <span className="font-medium">{order.trackingNumber}</span>
                )}
              </p>
            ) : (
              <p className="mt-2 text-sm text-muted">Tracking appears here once your order ships.</p>
            )}
          </section>
        </div>

        <div className="space-y-6">
          {addressLines.length > 0 && (
            <section aria-labelledby="ship-heading" className={cardClass}>
              <h2 id="ship-heading" className="font-semibold text-ink">
                Shipping to
              </h2>
              <address className="mt-2 text-sm leading-6 text-ink not-italic">
                {addressLines.map((line, i) => (
                  <span key={i} className="block">
                    {line}
                  </span>
                ))}
              </address>
            </section>
          )}

          <section aria-labelledby="help-heading" className={cardClass}>
            <h2 id="help-heading" className="font-semibold text-ink">
              Need help?
            </h2>
            <div className="mt-3 flex flex-col gap-3">
              {canReturn(order.status) && (
                <Link href={shop.href(`${orderPath}/return`)} className={buttonClass.primary}>
                  Request a return
                </Link>
              )}
              <Link href={shop.href(`/account/support/new?order=${order.id}`)} className={buttonClass.secondary}>
                Ask about this order
              </Link>
            </div>
          </section>

          <section aria-labelledby="reorder-heading" className={cardClass}>
            <h2 id="reorder-heading" className="font-semibold text-ink">
              Order again
            </h2>
            <p className="mt-1 text-sm text-muted">Puts these items in your cart at today&apos;s prices, as far as they are in stock.</p>
            <ActionForm action={reorderAction.bind(null, shop.siteId, order.orderNumber)} submitLabel="Add items to cart" pendingLabel="Adding…" tone="secondary" className="mt-4" />
            <Link href={shop.href("/cart")} className="mt-3 inline-block text-sm font-medium text-ink underline">
              View cart
            </Link>
          </section>

          {canCancel(order.status) && (
            <section aria-labelledby="cancel-heading" className={cardClass}>
              <h2 id="cancel-heading" className="font-semibold text-ink">
                Cancel this order
              </h2>
              <p className="mt-1 text-sm text-muted">Possible until it ships. A paid order is refunded in full.</p>
              <ActionForm action={cancelOrderAction.bind(null, shop.siteId, order.orderNumber)} submitLabel="Cancel order" pendingLabel="Cancelling…" tone="danger" className="mt-4">
                <TextAreaField label="Reason for cancelling" name="reason" required maxLength={500} rows={3} />
              </ActionForm>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
