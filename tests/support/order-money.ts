import * as paymentsRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/payments/route";
import * as refundsRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/refunds/route";
import * as resendRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/resend-confirmation/route";
import * as retryRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/retry-payment/route";
import * as shipmentsRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/shipments/route";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { callRoute } from "./api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "./checkout-fixtures";
import { bearer, signUp } from "./customers";
import type { FakeStripe } from "./fake-stripe";

const routes = { payments: paymentsRoute, refunds: refundsRoute, "resend-confirmation": resendRoute, "retry-payment": retryRoute, shipments: shipmentsRoute };
export type OrderRecord = keyof typeof routes;

/**
 * A store (Stripe on the fake, unless `stripe: false`) with a verified customer, and helpers to
 * place their orders and call the per-order routes of My Account on them.
 */
export async function orderMoneyShop(options: { stripe?: boolean } = {}) {
  const shop = await createCheckoutStore(options);
  const customer = await signUp(shop.siteId, { emailVerified: true });
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 100 } });
  const place = async (quantity = 3, extra: Record<string, unknown> = {}) => {
    const { status, body, text } = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, quantity), extra), customerEmail: customer.email });
    if (status !== 200) throw new Error(`checkout answered ${status}: ${text}`);
    const data = body.data as { orderId: number; orderNumber: string; clientSecret: string | null };
    const itemId = (await db().orderItem.findFirstOrThrow({ where: { orderId: data.orderId } })).id;
    return { ...data, itemId, intentId: data.clientSecret?.split("_secret_")[0] ?? null };
  };
  const call = (record: OrderRecord, method: "GET" | "POST", orderNumber: string, body?: unknown, token: string | undefined = customer.token) =>
    callRoute((routes[record] as unknown as Record<string, Parameters<typeof callRoute>[0]>)[method], `/api/storefront/${shop.siteId}/account/orders/${orderNumber}/${record}`, {
      params: { siteId: String(shop.siteId), orderNumber },
      method,
      ...(body === undefined ? {} : { body }),
      headers: bearer(token),
    });
  return { shop, customer, place, call };
}

/** Pays an order as Stripe's webhook would: the fake intent succeeds, then the order is marked paid. */
export async function payOrder(stripe: FakeStripe | null, order: { orderId: number; intentId: string | null }) {
  if (stripe && order.intentId) stripe.intents.get(order.intentId)!.status = "succeeded";
  await markOrderPaid(order.orderId, { providerPaymentId: order.intentId, actor: "test" });
}
