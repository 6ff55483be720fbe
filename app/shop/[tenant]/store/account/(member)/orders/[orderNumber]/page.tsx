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
import { cancelOrderAction, reorderAction, resendConfirmationAction, retryPaymentAction } from "../actions";
import { listOrderPayments, listOrderRefunds } from "@/lib/account/order-records";
import { refundableItems } from "@/lib/account/refundable-items";

type Props = { params: Promise<{ tenant: string; orderNumber: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).orderNumber).slice(0, 64)}`, robots: { index: false } };
}

const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

const shipmentLabels = { pending: "Preparing", in_transit: "In transit", delivered: "Delivered", returned: "Returned", failure: "Delivery problem" } as const;
const paymentLabels = { pending: "Waiting", processing: "Processing", succeeded: "Paid", failed: "Failed", canceled: "Cancelled" } as const;
const refundLabels = { pending: "Pending", succeeded: "Refunded", failed: "Failed", canceled: "Cancelled" } as const;

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
  const [payments, refunds, refundOptions] = await Promise.all([
    listOrderPayments(shop.siteId, customerId, order.orderNumber),
    listOrderRefunds(shop.siteId, customerId, order.orderNumber),
    refundableItems(shop.siteId, customerId, order.orderNumber),
  ]);
  const notice = (await searchParams).notice;
  const cancelled = notice === "cancelled" && order.status === "cancelled";
  const refunded = notice === "refunded" && refunds.length > 0;
  const paymentFailed = order.status === "pending" && order.paymentStatus === "failed";
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

      {refunded && (
        <div className="mt-6">
          <FormAlert tone="success">Your refund is on its way back to your card. It can take a few days to show on your statement.</FormAlert>
        </div>
      )}
      {paymentFailed && (
        <div className="mt-6">
          <FormAlert tone="error">The payment for this order did not go through. Nothing was charged; you can try again below.</FormAlert>
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
                ...(order.loyaltyDiscountTotal ? [["Loyalty points", -order.loyaltyDiscountTotal] as const] : []),
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
              Shipments
            </h2>
            {order.shipments.length > 0 ? (
              <ul role="list" className="mt-4 divide-y divide-stone-200">
                {order.shipments.map((shipment, index) => (
                  <li key={shipment.id} className="py-4 first:pt-0 last:pb-0">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="font-medium text-ink">
                        {order.shipments.length > 1 ? `Parcel ${index + 1}` : "Parcel"}
                        {shipment.carrier && <span className="font-normal text-muted"> · {shipment.carrier}{shipment.service ? ` ${shipment.service}` : ""}</span>}
                      </p>
                      <StatusBadge label={shipmentLabels[shipment.status]} tone={shipment.status === "delivered" ? "good" : shipment.status === "failure" || shipment.status === "returned" ? "bad" : "neutral"} />
                    </div>
                    {shipment.trackingNumber && (
                      <p className="mt-1 text-sm text-ink">
                        Tracking number{" "}
                        {isWebLink(shipment.trackingUrl) ? (
                          <a href={shipment.trackingUrl} className="font-medium underline" rel="noopener noreferrer" target="_blank">
                            {shipment.trackingNumber}
                            <span className="sr-only"> (opens the carrier&apos;s site in a new tab)</span>
                          </a>
                        ) : (
                          <span className="font-medium">{shipment.trackingNumber}</span>
                        )}
                      </p>
                    )}
                    <p className="mt-1 text-sm text-muted">
                      {shipment.items.map((item) => `${item.quantity} × ${item.productName}${item.variantName ? ` (${item.variantName})` : ""}`).join(", ")}
                    </p>
                    {(shipment.deliveredAt ?? shipment.shippedAt) && (
                      <p className="mt-1 text-sm text-muted">
                        {shipment.deliveredAt ? "Delivered " : "Shipped "}
                        <time dateTime={shipment.deliveredAt ?? shipment.shippedAt!}>{when.format(new Date(shipment.deliveredAt ?? shipment.shippedAt!))}</time>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            ) : order.trackingNumber ? (
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

          <section aria-labelledby="payments-heading" className={cardClass}>
            <h2 id="payments-heading" className="text-lg font-semibold text-ink">
              Payments
            </h2>
            {payments.length > 0 ? (
              <ul role="list" className="mt-4 divide-y divide-stone-200 text-sm">
                {payments.map((payment) => (
                  <li key={payment.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
                    <div className="min-w-0">
                      <p className="text-ink">
                        <time dateTime={payment.updatedAt}>{when.format(new Date(payment.updatedAt))}</time>
                        {payment.mode === "demo" && <span className="text-muted"> · demo</span>}
                      </p>
                      {payment.failureMessage && <p className="text-red-800">{payment.failureMessage}</p>}
                    </div>
                    <div className="flex items-center gap-3">
                      <span className="tabular-nums text-ink">{money(payment.amount)}</span>
                      <StatusBadge label={paymentLabels[payment.status]} tone={payment.status === "succeeded" ? "good" : payment.status === "failed" ? "bad" : "neutral"} />
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-muted">{order.total > 0 ? "No card payment on record." : "Nothing to pay on this order."}</p>
            )}
          </section>

          {refunds.length > 0 && (
            <section aria-labelledby="refunds-heading" className={cardClass}>
              <h2 id="refunds-heading" className="text-lg font-semibold text-ink">
                Refunds
              </h2>
              <ul role="list" className="mt-4 divide-y divide-stone-200 text-sm">
                {refunds.map((refund) => (
                  <li key={refund.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
                    <div className="min-w-0">
                      <p className="text-ink">
                        <time dateTime={refund.createdAt}>{when.format(new Date(refund.createdAt))}</time>
                      </p>
                      {refund.items.length > 0 && <p className="text-muted">{refund.items.map((item) => `${item.quantity} × ${item.productName}`).join(", ")}</p>}
                      {refund.reason && <p className="text-muted">“{refund.reason}”</p>}
                    </div>
                    <div className="flex items-center gap-3">
                      <span className="tabular-nums text-ink">{money(refund.amount)}</span>
                      <StatusBadge label={refundLabels[refund.status]} tone={refund.status === "succeeded" ? "good" : refund.status === "pending" ? "neutral" : "bad"} />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
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
              {refundOptions?.available && (
                <Link href={shop.href(`${orderPath}/refund`)} className={buttonClass.secondary}>
                  Request a refund
                </Link>
              )}
              <Link href={shop.href(`/account/support/new?order=${order.id}`)} className={buttonClass.secondary}>
                Ask about this order
              </Link>
            </div>
          </section>

          {paymentFailed && (
            <section aria-labelledby="retry-heading" className={cardClass}>
              <h2 id="retry-heading" className="font-semibold text-ink">
                Pay for this order
              </h2>
              <p className="mt-1 text-sm text-muted">Your items are set aside again while you pay.</p>
              <ActionForm action={retryPaymentAction.bind(null, shop.siteId, order.orderNumber)} submitLabel="Retry payment" pendingLabel="Preparing…" className="mt-4" />
            </section>
          )}

          {order.paidAt && (
            <section aria-labelledby="confirmation-heading" className={cardClass}>
              <h2 id="confirmation-heading" className="font-semibold text-ink">
                Order confirmation
              </h2>
              <p className="mt-1 text-sm text-muted">We send it to {order.customerEmail}.</p>
              <ActionForm action={resendConfirmationAction.bind(null, shop.siteId, order.orderNumber)} submitLabel="Resend confirmation" pendingLabel="Sending…" tone="secondary" className="mt-4" />
            </section>
          )}

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
