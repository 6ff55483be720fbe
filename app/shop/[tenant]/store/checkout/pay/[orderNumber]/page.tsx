import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { paymentSession } from "@/lib/checkout/payment-session";
import { formatMoney } from "@/lib/format/money";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { currentOrderViewer } from "@/lib/orders/order-access-cookie";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { OrderLines } from "@/components/checkout/order-lines";
import { OrderTotals } from "@/components/checkout/order-totals";
import { StripePayment } from "@/components/stripe-payment";
import { requestOrigin } from "../../../_lib/request-origin";
import { safeDecode } from "../../../_lib/safe-decode";
import { payDemoAction } from "./actions";
import { DemoPaymentForm } from "./demo-payment-form";

type Props = { params: Promise<{ tenant: string; orderNumber: string }> };

export const metadata: Metadata = { title: "Payment", robots: { index: false, follow: false } };

export default async function PaymentPage({ params }: Props) {
  const { tenant, orderNumber: raw } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const order = await getShopOrder(shop.siteId, safeDecode(raw).slice(0, 64), await currentOrderViewer(shop.siteId));
  if (!order) notFound();
  const orderPath = `/order/${encodeURIComponent(order.orderNumber)}`;
  if (order.status !== "pending" || !order.stripePaymentIntentId) redirect(shop.href(orderPath));

  const amountDue = order.total - order.giftCertificateTotal;
  const payLabel = `Pay ${formatMoney(amountDue, shop.currency, shop.locale)}`;
  const session = order.paymentMode === "stripe" ? await paymentSession(shop.siteId, order.stripePaymentIntentId) : null;

  return (
    <div className="mx-auto max-w-5xl px-4 pt-10 sm:px-6 lg:px-8">
      <p className="text-sm font-medium text-muted">Order {order.orderNumber}</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Payment</h1>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <section aria-labelledby="pay-heading" className="rounded-3xl border border-stone-200 bg-white p-5 sm:p-7">
          <h2 id="pay-heading" className="text-lg font-semibold text-ink">
            {order.paymentMode === "demo" ? "Demo payment" : "Card and other payment methods"}
          </h2>
          {order.paymentStatus === "failed" && (
            <p className="mt-2 text-sm text-red-800">The last payment attempt did not go through. Nothing was charged; please try again.</p>
          )}
          <div className="mt-5">
            {session && !session.publishableKey ? (
              <p role="alert" className="text-sm text-red-800">
                Card payments are not set up for this shop yet, so this order cannot be paid online. Nothing has been charged.
              </p>
            ) : session?.publishableKey ? (
              <StripePayment
                publishableKey={session.publishableKey}
                clientSecret={session.clientSecret}
                returnUrl={`${await requestOrigin()}${shop.href(`${orderPath}?placed=1`)}`}
                payLabel={payLabel}
                unchargedNote="Nothing has been charged and your order is saved."
              />
            ) : (
              <>
                <p className="mb-5 text-sm leading-6 text-muted">
                  This shop runs in demo mode: no card is needed and nothing is charged. Paying completes the order just as a real
                  payment would.
                </p>
                <DemoPaymentForm pay={payDemoAction.bind(null, shop.siteId, order.orderNumber)} payLabel={`${payLabel} (demo)`} />
              </>
            )}
          </div>
        </section>
        <aside aria-labelledby="summary-heading" className="rounded-3xl border border-stone-200 bg-white p-5 sm:p-7">
          <h2 id="summary-heading" className="text-lg font-semibold text-ink">
            Order summary
          </h2>
          <div className="mt-4">
            <OrderLines
              currency={shop.currency}
              locale={shop.locale}
              lines={order.items.map((item, i) => ({ key: i, name: item.productName, variantName: item.variantName, quantity: item.quantity, total: item.total }))}
            />
          </div>
          <OrderTotals className="mt-5 border-t border-stone-200 pt-5" totals={order} currency={shop.currency} locale={shop.locale} discountCode={order.discountCode} />
        </aside>
      </div>
    </div>
  );
}
