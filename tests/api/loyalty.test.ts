import { describe, expect, it } from "vitest";
import * as accountOrderRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/route";
import * as cancelRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/cancel/route";
import * as guestOrderRoute from "@/app/api/storefront/[siteId]/orders/[orderNumber]/route";
import { accountOrderSchema } from "@/lib/account/orders";
import { db } from "@/lib/db";
import { loyaltyActivitySchema, loyaltySummarySchema } from "@/lib/loyalty/schemas";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { settleRefund } from "@/lib/orders/refunds";
import { releaseOrderHolds } from "@/lib/orders/release-holds";
import { guestOrderSchema } from "@/lib/orders/schemas";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { loyaltyShop } from "../support/loyalty";

// The tee is $25.00 and the checkout address is in Oregon (7.7% tax, on the merchandise only);
// no shipping rate is picked, so shipping is free. A token of "" calls as a guest.
const pay = (orderId: number) => markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });

describe("loyalty program", () => {
  it("answers 404 loyalty_disabled while the store's program is off, and 401 to guests", async () => {
    const { shop, summary, activity, checkout } = await loyaltyShop();
    expect((await summary("")).status).toBe(401);
    expect((await activity("", "")).status).toBe(401);
    await db().store.update({ where: { siteId: shop.siteId }, data: { loyaltyEnabled: false } });
    for (const answer of [await summary(), await activity(), await checkout(1, { loyaltyPoints: 10 })]) {
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ success: false, errorCode: "loyalty_disabled" });
    }
    // Without the program, paid orders earn nothing.
    const order = await checkout(1);
    await pay(order.body.data.orderId);
    expect(await db().loyaltyAccount.count({ where: { siteId: shop.siteId } })).toBe(0);
  });

  it("earns points on a paid order once, however often the payment is reported, and places the customer in a tier", async () => {
    const { checkout, summary, activity, account } = await loyaltyShop();
    const order = await checkout(2);
    expect(order.status).toBe(200);
    const reports = await Promise.all([pay(order.body.data.orderId), pay(order.body.data.orderId), pay(order.body.data.orderId)]);
    expect(reports.filter(Boolean)).toHaveLength(1);
    // $50.00 of merchandise at 10 points a dollar; the tax earns nothing.
    expect(await account()).toMatchObject({ balance: 500, lifetimeEarned: 500, redeemed: 0 });
    const { status, body } = await summary();
    expect(status).toBe(200);
    expect(loyaltySummarySchema.strict().parse(body.data)).toEqual({
      tier: "Silver",
      nextTier: "Gold",
      pointsToNextTier: 500,
      balance: 500,
      lifetimeEarned: 500,
      redeemed: 0,
      redeemablePoints: 500,
      redeemableValue: 500,
      pointsPerDollar: 10,
      pointValueCents: 1,
    });
    const listed = await activity();
    expect(listed.body.data.map((a: unknown) => loyaltyActivitySchema.strict().parse(a))).toEqual([
      { id: expect.any(Number), type: "earned", points: 500, orderNumber: order.body.data.orderNumber, note: null, createdAt: expect.any(String) },
    ]);
    expect(listed.body.pagination).toEqual({ page: 1, limit: 20, total: 1, totalPages: 1 });
  });

  it("redeems points at checkout as a discount before tax, holds them with the order, and earns on what was paid", async () => {
    const { checkout, setBalance, account, summary, activity } = await loyaltyShop();
    await setBalance(1000);
    const placed = await checkout(2, { loyaltyPoints: 700 });
    expect(placed.status).toBe(200);
    // $50.00 − 700 points at 1¢ = $43.00, plus 7.7% tax ($3.31).
    expect(placed.body.data).toMatchObject({ total: 4631, amountDue: 4631, currency: "USD", paymentMode: "demo" });
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.body.data.orderId } });
    expect(order).toMatchObject({ subtotal: 5000, discountTotal: 0, loyaltyPointsRedeemed: 700, loyaltyDiscountTotal: 700, taxTotal: 331, total: 4631 });
    expect(order.total).toBe(order.subtotal - order.discountTotal - order.loyaltyDiscountTotal + order.shippingTotal + order.taxTotal);
    expect(await account()).toMatchObject({ balance: 300, redeemed: 700 });

    await pay(order.id);
    expect(await account()).toMatchObject({ balance: 730, lifetimeEarned: 430, redeemed: 700 });
    expect((await summary()).body.data).toMatchObject({ tier: "Silver", balance: 730, redeemablePoints: 730, redeemableValue: 730 });
    const types = (await activity()).body.data.map((a: { type: string; points: number }) => [a.type, a.points]);
    expect(types).toEqual([["earned", 430], ["redeemed", -700]]);
  });

  it("takes no more points than the merchandise is worth, and refuses more than the balance, guests and bad input", async () => {
    const { shop, checkout, setBalance, account } = await loyaltyShop();
    await setBalance(10_000);
    // 9,999 points asked for a $25.00 order: 2,500 are taken and nothing is left to pay.
    const free = await checkout(1, { loyaltyPoints: 9999 });
    expect(free.status).toBe(200);
    expect(free.body.data).toMatchObject({ total: 0, amountDue: 0, paymentMode: "gift_certificate" });
    expect(await account()).toMatchObject({ balance: 7500, redeemed: 2500 });

    const orders = await db().order.count({ where: { siteId: shop.siteId } });
    const short = await checkout(4, { loyaltyPoints: 8000 });
    expect(short.status).toBe(409);
    expect(short.body).toMatchObject({ success: false, errorCode: "insufficient_loyalty_points" });
    expect(await account()).toMatchObject({ balance: 7500, redeemed: 2500 });
    expect(await db().order.count({ where: { siteId: shop.siteId } })).toBe(orders);

    const guest = await postCheckout(shop.siteId, checkoutBody(await cartWith(shop.siteId, shop.product.id, 1), { loyaltyPoints: 10 }));
    expect(guest.status).toBe(401);
    expect(guest.body.errorCode).toBe("unauthorized");
    // The customer's cart, checked out with its session id alone or another customer's sign-in:
    // whoever holds the cart does not hold the account.
    const stranger = await signUp(shop.siteId);
    for (const headers of [{}, bearer(stranger.token), bearer("not-a-session")]) {
      const unsigned = await checkout(1, { loyaltyPoints: 10 }, headers);
      expect(unsigned.status).toBe(401);
      expect(unsigned.body).toEqual(guest.body);
    }
    expect(await account()).toMatchObject({ balance: 7500, redeemed: 2500 });
    for (const loyaltyPoints of [-1, 1.5, "10", 2 ** 31]) {
      const bad = await checkout(1, { loyaltyPoints });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ errorCode: "validation_error", message: expect.stringContaining("loyaltyPoints") });
    }
  });

  it("gives the points back once when the unpaid order is released", async () => {
    const { checkout, setBalance, account, activity } = await loyaltyShop();
    await setBalance(500);
    const placed = await checkout(1, { loyaltyPoints: 500 });
    expect(await account()).toMatchObject({ balance: 0, redeemed: 500 });
    const release = () => releaseOrderHolds(placed.body.data.orderId, { toStatus: "cancelled", note: "Expired", actor: "system" });
    expect(await release()).toBe(true);
    expect(await release()).toBe(false);
    expect(await account()).toMatchObject({ balance: 500, redeemed: 0, lifetimeEarned: 0 });
    expect((await activity()).body.data.map((a: { type: string; points: number }) => [a.type, a.points])).toEqual([["restored", 500], ["redeemed", -500]]);
  });

  it("takes the points again when an order whose failed payment released them is paid after all, as far as the balance goes", async () => {
    const { checkout, setBalance, account, activity } = await loyaltyShop();
    await setBalance(500);
    const placed = await checkout(1, { loyaltyPoints: 400 });
    await releaseOrderHolds(placed.body.data.orderId, { note: "Payment failed: card declined", actor: "webhook" });
    expect(await account()).toMatchObject({ balance: 500, redeemed: 0 });
    await setBalance(300); // spent meanwhile
    await pay(placed.body.data.orderId);
    // 300 of the 400 are left to take; $21.00 of merchandise then earns 210.
    expect(await account()).toMatchObject({ balance: 210, redeemed: 300, lifetimeEarned: 210 });
    const rows = (await activity()).body.data.map((a: { type: string; points: number }) => [a.type, a.points]);
    expect(rows).toEqual([["earned", 210], ["redeemed", -300], ["restored", 400], ["redeemed", -400]]);
  });

  it("takes back the refunded share of the earned points on succeeded refunds, never below a zero balance", async () => {
    const { checkout, setBalance, account, activity } = await loyaltyShop();
    const placed = await checkout(2);
    await pay(placed.body.data.orderId);
    expect(await account()).toMatchObject({ balance: 500, lifetimeEarned: 500 });
    const refund = (amount: number) => db().refund.create({ data: { orderId: placed.body.data.orderId, amount, status: "pending", requestedBy: "customer" } });

    // $53.85 paid for the merchandise with its tax; half of it back takes 249 of the 500 points.
    const half = await refund(2692);
    await settleRefund(half.id, { status: "pending" });
    expect(await account()).toMatchObject({ balance: 500 });
    await settleRefund(half.id, { status: "succeeded" });
    await settleRefund(half.id, { status: "succeeded" });
    expect(await account()).toMatchObject({ balance: 251, lifetimeEarned: 251 });

    // The customer spent all but 100 points; the rest of the refund owes 251 and takes those 100.
    await setBalance(100);
    const rest = await refund(2693);
    await settleRefund(rest.id, { status: "succeeded" });
    expect(await account()).toMatchObject({ balance: 0, lifetimeEarned: 0 });
    const revoked = (await activity()).body.data.filter((a: { type: string }) => a.type === "revoked");
    expect(revoked.map((a: { points: number; note: string }) => [a.points, a.note])).toEqual([
      [-100, "Refund: 251 points due, only 100 left to revoke"],
      [-249, "Refund"],
    ]);
    expect((await db().order.findUniqueOrThrow({ where: { id: placed.body.data.orderId } })).loyaltyPointsRevoked).toBe(500);
  });

  it("gives back the redeemed points and takes back the earned ones when the customer cancels a paid order", async () => {
    const { shop, customer, checkout, setBalance, account, activity } = await loyaltyShop();
    await setBalance(200);
    const placed = await checkout(2, { loyaltyPoints: 200 });
    await markOrderPaid(placed.body.data.orderId, { providerPaymentId: placed.body.data.clientSecret.replace("_secret_demo", ""), actor: "test" });
    // $48.00 of merchandise after the points earns 480.
    expect(await account()).toMatchObject({ balance: 480, lifetimeEarned: 480, redeemed: 200 });
    const cancelled = await callRoute(cancelRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${placed.body.data.orderNumber}/cancel`, {
      params: { siteId: String(shop.siteId), orderNumber: placed.body.data.orderNumber },
      method: "POST",
      body: { reason: "Changed my mind" },
      headers: bearer(customer.token),
    });
    expect(cancelled.body.data).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
    expect(await account()).toMatchObject({ balance: 200, lifetimeEarned: 0, redeemed: 0 });
    const types = (await activity()).body.data.map((a: { type: string; points: number; note: string | null }) => [a.type, a.points, a.note]);
    expect(types).toEqual([["revoked", -480, "Order cancelled"], ["restored", 200, "Order cancelled"], ["earned", 480, null], ["redeemed", -200, null]]);
  });

  it("pages the activity newest first, with limit capped at 100", async () => {
    const { setBalance, checkout, activity } = await loyaltyShop();
    await setBalance(100);
    for (let i = 0; i < 3; i++) await checkout(1, { loyaltyPoints: 10 });
    const page2 = await activity("?page=2&limit=2");
    expect(page2.body.pagination).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    expect(page2.body.data).toHaveLength(1);
    const all = await activity("?limit=500");
    expect(all.body.pagination.limit).toBe(100);
    const ids = all.body.data.map((a: { id: number }) => a.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await activity("?page=0")).status).toBe(400);
  });

  it("shows the points and their discount in the guest lookup and the account's order", async () => {
    const { shop, customer, checkout, setBalance } = await loyaltyShop();
    await setBalance(1000);
    const placed = (await checkout(2, { loyaltyPoints: 700 })).body.data;
    const params = { siteId: String(shop.siteId), orderNumber: placed.orderNumber };
    const guest = await callRoute(guestOrderRoute.GET, `/api/storefront/${shop.siteId}/orders/${placed.orderNumber}?email=${encodeURIComponent(customer.email)}`, { params });
    const mine = await callRoute(accountOrderRoute.GET, `/api/storefront/${shop.siteId}/account/orders/${placed.orderNumber}`, { params, headers: bearer(customer.token) });
    const totals = { subtotal: 5000, discountTotal: 0, loyaltyDiscountTotal: 700, loyaltyPointsRedeemed: 700, shippingTotal: 0, taxTotal: 331, total: 4631 };
    expect(guestOrderSchema.strict().parse(guest.body.data)).toMatchObject(totals);
    expect(accountOrderSchema.strict().parse(mine.body.data)).toMatchObject(totals);
  });
});
