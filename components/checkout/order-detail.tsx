import { orderTimeline, statusLabel } from "@/lib/orders/order-timeline";
import type { ShopOrder } from "@/lib/orders/get-shop-order";
import { OrderLines } from "./order-lines";
import { OrderTotals } from "./order-totals";
import { OrderTimeline } from "./order-timeline";

type OrderDetailProps = { order: ShopOrder; currency: string; locale: string };

const card = "rounded-3xl border border-stone-200 bg-white p-5 sm:p-7";
const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** An order as its buyer sees it: items and totals, where it goes, and its timeline. */
export function OrderDetail({ order, currency, locale }: OrderDetailProps) {
  const address = order.shippingAddress ?? {};
  const addressLines = [
    str(address.name) ?? order.customerName,
    str(address.line1),
    str(address.line2),
    [str(address.city), str(address.state), str(address.postalCode)].filter(Boolean).join(", "),
    str(address.country),
  ].filter(Boolean);
  const placed = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(order.createdAt));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
      <div className="space-y-6">
        <section aria-labelledby="items-heading" className={card}>
          <h2 id="items-heading" className="text-lg font-semibold text-ink">
            Items
          </h2>
          <div className="mt-4">
            <OrderLines
              currency={currency}
              locale={locale}
              lines={order.items.map((item, i) => ({ key: i, name: item.productName, variantName: item.variantName, quantity: item.quantity, total: item.total }))}
            />
          </div>
          <OrderTotals className="mt-5 border-t border-stone-200 pt-5" totals={order} currency={currency} locale={locale} discountCode={order.discountCode} />
        </section>
        <section aria-labelledby="timeline-heading" className={card}>
          <h2 id="timeline-heading" className="text-lg font-semibold text-ink">
            Tracking
          </h2>
          {order.trackingNumber && (
            <p className="mt-2 text-sm text-muted">
              {order.carrier ? `${order.carrier} ` : ""}tracking number{" "}
              {order.trackingUrl ? (
                <a href={order.trackingUrl} className="font-medium text-ink underline underline-offset-4" rel="noopener noreferrer" target="_blank">
                  {order.trackingNumber}
                  <span className="sr-only"> (opens the carrier’s site in a new tab)</span>
                </a>
              ) : (
                <span className="font-medium text-ink">{order.trackingNumber}</span>
              )}
            </p>
          )}
          <div className="mt-5">
            <OrderTimeline entries={orderTimeline(order)} locale={locale} headingId="timeline-heading" />
          </div>
        </section>
      </div>
      {/* On a phone the order's state comes first; beside the items from lg up. */}
      <aside aria-label="Order details" className={`${card} order-first lg:order-none`}>
        <dl className="space-y-4 text-sm">
          <div>
            <dt className="text-muted">Status</dt>
            <dd className="font-medium text-ink">{statusLabel(order.status)}</dd>
          </div>
          <div>
            <dt className="text-muted">Placed on</dt>
            <dd className="font-medium text-ink">{placed}</dd>
          </div>
          <div>
            <dt className="text-muted">Email</dt>
            <dd className="font-medium break-all text-ink">{order.customerEmail}</dd>
          </div>
          {order.shippingMethod && (
            <div>
              <dt className="text-muted">Shipping method</dt>
              <dd className="font-medium text-ink">{order.shippingMethod}</dd>
            </div>
          )}
          {addressLines.length > 1 && (
            <div>
              <dt className="text-muted">Ships to</dt>
              <dd className="text-ink">
                <address className="not-italic">
                  {addressLines.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
              </dd>
            </div>
          )}
        </dl>
      </aside>
    </div>
  );
}
