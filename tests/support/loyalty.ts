import * as activityRoute from "@/app/api/storefront/[siteId]/account/loyalty/activity/route";
import * as loyaltyRoute from "@/app/api/storefront/[siteId]/account/loyalty/route";
import * as refundsRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/refunds/route";
import { db } from "@/lib/db";
import { callRoute } from "./api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "./checkout-fixtures";
import { bearer, signUp } from "./customers";

/**
 * A demo-payment store ($25.00 tee, Oregon tax 7.7%) with its loyalty program on: 10 points per
 * dollar, 1 cent a point, tiers Silver from 100 and Gold from 1,000 lifetime points, and refunds
 * on request (demo refunds succeed at once); a signed-in customer, and helpers for their carts,
 * checkouts, refunds and the loyalty endpoints.
 */
export async function loyaltyShop() {
  const shop = await createCheckoutStore({ stripe: false });
  await db().store.update({
    where: { siteId: shop.siteId },
    data: {
      loyaltyEnabled: true,
      loyaltyPointsPerDollar: 10,
      loyaltyPointValueCents: 1,
      loyaltyTiers: [{ name: "Gold", minLifetimePoints: 1000 }, { name: "Silver", minLifetimePoints: 100 }],
      refundPolicyEnabled: true,
    },
  });
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 1000 } });
  const customer = await signUp(shop.siteId);
  /** A cart of the customer's (as after signing in with its session). */
  const customerCart = async (quantity = 1) => {
    const sessionId = await cartWith(shop.siteId, shop.product.id, quantity);
    await db().cart.updateMany({ where: { siteId: shop.siteId, sessionId }, data: { customerId: customer.id } });
    return sessionId;
  };
  /** A checkout of the customer's, signed in (the points are theirs to spend). */
  const checkout = async (quantity: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = bearer(customer.token)) =>
    postCheckout(shop.siteId, { ...checkoutBody(await customerCart(quantity), extra), customerEmail: customer.email }, headers);
  const setBalance = (balance: number) =>
    db().loyaltyAccount.upsert({
      where: { siteId_customerId: { siteId: shop.siteId, customerId: customer.id } },
      create: { siteId: shop.siteId, customerId: customer.id, balance },
      update: { balance },
    });
  const account = () => db().loyaltyAccount.findUniqueOrThrow({ where: { siteId_customerId: { siteId: shop.siteId, customerId: customer.id } } });
  const summary = (token: string | undefined = customer.token) =>
    callRoute(loyaltyRoute.GET, `/api/storefront/${shop.siteId}/account/loyalty`, { params: { siteId: String(shop.siteId) }, headers: bearer(token) });
  const activity = (query = "", token: string | undefined = customer.token) =>
    callRoute(activityRoute.GET, `/api/storefront/${shop.siteId}/account/loyalty/activity${query}`, { params: { siteId: String(shop.siteId) }, headers: bearer(token) });
  /** POST /account/orders/{orderNumber}/refunds for units of the order's one line. */
  const refund = async (order: { orderId: number; orderNumber: string }, quantity: number) => {
    const line = await db().orderItem.findFirstOrThrow({ where: { orderId: order.orderId }, select: { id: true } });
    return callRoute(refundsRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${order.orderNumber}/refunds`, {
      params: { siteId: String(shop.siteId), orderNumber: order.orderNumber },
      method: "POST",
      body: { items: [{ orderItemId: line.id, quantity }], reason: "Did not fit" },
      headers: bearer(customer.token),
    });
  };
  return { shop, customer, customerCart, checkout, setBalance, account, summary, activity, refund };
}
