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
import { cartWith, checkoutBody, deliverStripeEvent, postCheckout, WEBHOOK_SECRET } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { loyaltyShop } from "../support/loyalty";

// The tee is $25.00 and the checkout address is in Oregon (7.7% tax, on the merchandise only);
// no shipping rate is picked, so shipping is free. A token of "" calls as a guest.
const pay = (orderId: number) => markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });
const ledger = async (activity: Awaited<ReturnType<typeof loyaltyShop>>["activity"]) =>
  (await activity("?limit=100")).body.data.map((a: { type: string; points: number; note: string | null }) => [a.type, a.points, a.note]);
const order = (orderId: number) =>
  db().order.findUniqueOrThrow({ where: { id: orderId }, select: { loyaltyPointsRedeemed: true, loyaltyPointsReturned: true, loyaltyPointsRevoked: true, paymentStatus: true } });

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

// 4 tees with 1,000 points redeemed: $100.00 − $10.00 + 7.7% tax ($6.93) = $96.93, all of it for the
// merchandise; paid, it earns 900 points. One unit refunded gives back $24.23 (its share, rounded
// down), 24.998% of the $96.93: 249 of the redeemed points go back and 224 of the earned are taken.
describe("loyalty points given back by refunds", () => {
  async function redeemedOrder() {
    const world = await loyaltyShop();
    await world.setBalance(1000);
    const placed = (await world.checkout(4, { loyaltyPoints: 1000 })).body.data as { orderId: number; orderNumber: string; total: number };
    expect(placed.total).toBe(9693);
    await pay(placed.orderId);
    expect(await world.account()).toMatchObject({ balance: 900, lifetimeEarned: 900, redeemed: 1000 });
    return { ...world, placed };
  }

  it("a full refund gives back every redeemed point and takes back every earned one", async () => {
    const { placed, refund, account, activity } = await redeemedOrder();
    const whole = await refund(placed, 4);
    expect(whole.status).toBe(201);
    expect(whole.body.data).toMatchObject({ amount: 9693, status: "succeeded" });
    // Back where the customer started before the order.
    expect(await account()).toMatchObject({ balance: 1000, lifetimeEarned: 0, redeemed: 0 });
    expect(await order(placed.orderId)).toMatchObject({ paymentStatus: "refunded", loyaltyPointsReturned: 1000, loyaltyPointsRevoked: 900 });
    expect((await ledger(activity)).slice(0, 2)).toEqual([
      ["revoked", -900, "Refund"],
      ["restored", 1000, "Refund"],
    ]);
  });

  it("partial refunds give back their share, rounded down, and the one that completes the order the rest", async () => {
    const { placed, refund, account, activity } = await redeemedOrder();
    expect((await refund(placed, 1)).body.data.amount).toBe(2423);
    expect(await account()).toMatchObject({ balance: 900 + 249 - 224, redeemed: 751, lifetimeEarned: 676 });
    // Half the units back: 499 of the 1,000 points in all (499.9, rounded down), so this one gives 250.
    expect((await refund(placed, 1)).body.data.amount).toBe(2423);
    expect(await order(placed.orderId)).toMatchObject({ paymentStatus: "partially_refunded", loyaltyPointsReturned: 499, loyaltyPointsRevoked: 449 });
    expect((await refund(placed, 2)).status).toBe(201);
    expect(await order(placed.orderId)).toMatchObject({ paymentStatus: "refunded", loyaltyPointsReturned: 1000, loyaltyPointsRevoked: 900 });
    expect(await account()).toMatchObject({ balance: 1000, redeemed: 0, lifetimeEarned: 0 });
    const restored = (await ledger(activity)).filter(([type]: [string]) => type === "restored");
    expect(restored.map(([, points]: [string, number]) => points)).toEqual([501, 250, 249]);
  });

  it("settles a refund's points once, however often its success is reported", async () => {
    const { placed, refund, account } = await redeemedOrder();
    const made = (await refund(placed, 1)).body.data;
    for (let i = 0; i < 3; i++) await settleRefund(made.id, { status: "succeeded" });
    expect(await account()).toMatchObject({ balance: 925, redeemed: 751 });
    expect(await db().loyaltyActivity.count({ where: { orderId: placed.orderId, type: "restored" } })).toBe(1);
  });

  it("gives back a refund's share when Stripe reports it succeeded later (charge.refunded)", async () => {
    const { shop, placed, account } = await redeemedOrder();
    await db().store.update({ where: { siteId: shop.siteId }, data: { stripeSecretKey: "sk_test_fake", stripeWebhookSecret: WEBHOOK_SECRET } });
    await db().refund.create({ data: { orderId: placed.orderId, amount: 2423, status: "pending", requestedBy: "customer", providerRefundId: "re_loyalty" } });
    const charge = { id: "ch_loyalty", object: "charge", refunds: { object: "list", data: [{ id: "re_loyalty", object: "refund", status: "succeeded" }] } };
    expect((await deliverStripeEvent(shop.siteId, { type: "charge.refunded", object: charge })).body.data).toMatchObject({ handled: true });
    expect(await account()).toMatchObject({ balance: 900 + 249 - 224, redeemed: 751 });
    expect(await order(placed.orderId)).toMatchObject({ paymentStatus: "partially_refunded", loyaltyPointsReturned: 249 });
  });

  it("a cancellation after a partial refund gives back only the points the refund did not", async () => {
    const { shop, customer, placed, refund, account, activity } = await redeemedOrder();
    await refund(placed, 1);
    const cancelled = await callRoute(cancelRoute.POST, `/api/storefront/${shop.siteId}/account/orders/${placed.orderNumber}/cancel`, {
      params: { siteId: String(shop.siteId), orderNumber: placed.orderNumber },
      method: "POST",
      body: { reason: "Changed my mind" },
      headers: bearer(customer.token),
    });
    expect(cancelled.body.data).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
    expect(await account()).toMatchObject({ balance: 1000, redeemed: 0, lifetimeEarned: 0 });
    expect(await order(placed.orderId)).toMatchObject({ loyaltyPointsReturned: 1000, loyaltyPointsRevoked: 900 });
    expect((await ledger(activity)).slice(0, 4)).toEqual([
      ["revoked", -676, "Order cancelled"],
      ["restored", 751, "Order cancelled"],
      ["revoked", -224, "Refund"],
      ["restored", 249, "Refund"],
    ]);
  });

  it("changes nothing of the kind for an order that redeemed no points", async () => {
    const { checkout, refund, account, activity } = await loyaltyShop();
    const placed = (await checkout(2)).body.data;
    await pay(placed.orderId);
    expect((await refund(placed, 1)).status).toBe(201);
    // Only the earned share is taken back: 249 of the 500.
    expect(await account()).toMatchObject({ balance: 251, lifetimeEarned: 251, redeemed: 0 });
    expect(await order(placed.orderId)).toMatchObject({ loyaltyPointsRedeemed: 0, loyaltyPointsReturned: 0, loyaltyPointsRevoked: 249 });
    expect((await ledger(activity)).map(([type]: [string]) => type)).toEqual(["revoked", "earned"]);
  });

  it("gives back no more than the order still holds when its payment came after a release took fewer points again", async () => {
    const { checkout, setBalance, refund, account, activity } = await loyaltyShop();
    await setBalance(500);
    const placed = (await checkout(1, { loyaltyPoints: 400 })).body.data;
    await releaseOrderHolds(placed.orderId, { note: "Payment failed: card declined", actor: "webhook" });
    await setBalance(300); // spent meanwhile
    await pay(placed.orderId);
    expect(await account()).toMatchObject({ balance: 210, redeemed: 300 });
    expect((await refund(placed, 1)).status).toBe(201);
    expect(await account()).toMatchObject({ balance: 300, redeemed: 0, lifetimeEarned: 0 });
    expect((await ledger(activity)).slice(0, 2)).toEqual([
      ["revoked", -210, "Refund"],
      ["restored", 300, "Refund: 400 points due, the order held only 300"],
    ]);
    expect(await order(placed.orderId)).toMatchObject({ loyaltyPointsReturned: 400 });
  });

});
