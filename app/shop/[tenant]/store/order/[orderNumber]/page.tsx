import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { afterResponse } from "@/lib/api/after-response";
import { ApiError } from "@/lib/api/errors";
import { verifyPayment } from "@/lib/checkout/confirm-payment";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { currentOrderViewer } from "@/lib/orders/order-access-cookie";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { FormAlert } from "@/components/form-alert";
import { OrderDetail } from "@/components/checkout/order-detail";
import { param, type SearchParams } from "../../_lib/listing-params";
import { safeDecode } from "../../_lib/safe-decode";

type Props = { params: Promise<{ tenant: string; orderNumber: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orderNumber } = await params;
  return { title: `Order ${safeDecode(orderNumber).slice(0, 64)}`, robots: { index: false, follow: false } };
}

/**
 * The order confirmation, and the order's page for whoever may see it (lib/orders/get-shop-order.ts):
 * the browser that placed or looked it up, its signed-in owner, or Stripe's redirect after paying.
 * Anyone else gets the same 404 as for an unknown number.
 */
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ tenant, orderNumber: raw }, query] = await Promise.all([params, searchParams]);
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const orderNumber = safeDecode(raw).slice(0, 64);
  const paymentIntentId = param(query, "payment_intent")?.slice(0, 255) ?? null;
  const viewer = await currentOrderViewer(shop.siteId, paymentIntentId);

  let order = await getShopOrder(shop.siteId, orderNumber, viewer);
  if (!order) notFound();
  let verifyFailed = false;
  if (order.status === "pending" && order.paymentMode === "stripe" && paymentIntentId) {
    // Back from Stripe before its webhook: ask Stripe directly, as POST /checkout/verify does.
    verifyFailed = !(await confirmWithStripe(shop.siteId, order.orderNumber, paymentIntentId));
    order = (await getShopOrder(shop.siteId, orderNumber, viewer))!;
  }

  const justPlaced = param(query, "placed") === "1";
  const paid = order.paymentStatus === "paid";
  return (
    <div className="mx-auto max-w-5xl px-4 pt-10 sm:px-6 lg:px-8">
      {justPlaced && paid ? (
        <>
          <p className="text-sm font-medium text-muted">Order {order.orderNumber}</p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Thank you for your order</h1>
        </>
      ) : (
        <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Order {order.orderNumber}</h1>
      )}
      <div className="mt-4 max-w-2xl">
        {paid && justPlaced && (
          <FormAlert tone="success">
            Your payment went through and your order is confirmed. We’ve sent a confirmation to {order.customerEmail}.
          </FormAlert>
        )}
        {order.status === "pending" && (
          <div className="space-y-3">
            <p role="status" className="text-muted">
              {order.paymentMode === "stripe" && paymentIntentId && !verifyFailed
                ? "We’re confirming your payment with the bank. This page shows the result once it arrives; you’ll also get an email."
                : "This order is waiting for payment."}
            </p>
            {verifyFailed && <FormAlert tone="error">We couldn’t confirm your payment just now. Please reload this page in a moment.</FormAlert>}
            {!paymentIntentId && (
              <Link
                href={shop.href(`/checkout/pay/${encodeURIComponent(order.orderNumber)}`)}
                className="inline-flex h-11 items-center rounded-full bg-ink px-6 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
              >
                Complete payment
              </Link>
            )}
          </div>
        )}
      </div>
      <div className="mt-8">
        <OrderDetail order={order} currency={shop.currency} locale={shop.locale} />
      </div>
      <p className="mt-10">
        <Link href={shop.href()} className="font-medium text-ink underline underline-offset-4">
          Continue shopping
        </Link>
      </p>
    </div>
  );
}

/** Completes the order if Stripe says the payment succeeded; false when Stripe could not be asked. */
async function confirmWithStripe(siteId: number, orderNumber: string, paymentIntentId: string): Promise<boolean> {
  try {
    const { completedOrderId } = await verifyPayment(siteId, { orderNumber, paymentIntentId });
    if (completedOrderId) afterResponse(() => sendOrderConfirmation(completedOrderId));
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) console.error("[order page] payment verification failed", error);
    return false;
  }
}
