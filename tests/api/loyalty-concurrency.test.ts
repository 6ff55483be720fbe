import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { settleRefund } from "@/lib/orders/refunds";
import { checkoutBody, postCheckout } from "../support/checkout-fixtures";
import { bearer } from "../support/customers";
import { loyaltyShop } from "../support/loyalty";

// Checkouts racing for one customer's points, on the run's database (CI runs this on real
// PostgreSQL too): the balance is taken by a conditional UPDATE in the order's transaction.
describe(`concurrent checkouts redeeming loyalty points (${inject("databaseKind")})`, () => {
  it("take exactly what the balance affords, refuse the rest with 409 and never go below zero", async () => {
    const { shop, customer, customerCart, setBalance, account } = await loyaltyShop();
    await setBalance(1000);
    const sessions = await Promise.all(Array.from({ length: 20 }, () => customerCart(1)));
    const results = await Promise.all(sessions.map((s) => postCheckout(shop.siteId, { ...checkoutBody(s, { loyaltyPoints: 300 }), customerEmail: customer.email }, bearer(customer.token))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    const losers = results.filter((r) => r.status !== 200);
    expect(losers).toHaveLength(17);
    expect(losers.every((r) => r.status === 409 && r.body.errorCode === "insufficient_loyalty_points")).toBe(true);
    expect(await account()).toMatchObject({ balance: 100, redeemed: 900 });
    const ledger = await db().loyaltyActivity.aggregate({ where: { account: { siteId: shop.siteId, customerId: customer.id } }, _sum: { points: true }, _count: true });
    expect(ledger).toMatchObject({ _count: 3, _sum: { points: -900 } });
    expect(await db().order.count({ where: { siteId: shop.siteId, loyaltyPointsRedeemed: 300 } })).toBe(3);
  });
});

// Refunds racing to give back one order's redeemed points: each settles under the order's row
// lock and moves its loyaltyPointsReturned by a conditional UPDATE; a CHECK bounds it by what
// was redeemed.
describe(`concurrent refunds of an order that redeemed loyalty points (${inject("databaseKind")})`, () => {
  it("give back exactly the redeemed points between them, however many race and however often they are settled", async () => {
    const { checkout, setBalance, account, refund } = await loyaltyShop();
    await setBalance(1000);
    const placed = (await checkout(4, { loyaltyPoints: 1000 })).body.data as { orderId: number; orderNumber: string };
    await markOrderPaid(placed.orderId, { providerPaymentId: null, actor: "test" });

    // Eight requests for one unit each of the four: four are made; the rest find no unit left (400)
    // or, once the last unit is back, the order refunded (409).
    const answers = await Promise.all(Array.from({ length: 8 }, () => refund(placed, 1)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(4);
    expect(answers.filter((a) => a.status !== 201).map((a) => a.body.errorCode)).toEqual(Array(4).fill(expect.stringMatching(/^(validation_error|conflict)$/)));
    const refunds = await db().refund.findMany({ where: { orderId: placed.orderId }, select: { id: true } });
    // Stripe's success events for all of them, each delivered several times at once.
    await Promise.all(refunds.flatMap((r) => Array.from({ length: 3 }, () => settleRefund(r.id, { status: "succeeded" }))));

    const restored = await db().loyaltyActivity.aggregate({ where: { orderId: placed.orderId, type: "restored" }, _sum: { points: true } });
    expect(restored._sum.points).toBe(1000);
    expect(await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ paymentStatus: "refunded", loyaltyPointsReturned: 1000, loyaltyPointsRevoked: 900 });
    expect(await account()).toMatchObject({ balance: 1000, redeemed: 0, lifetimeEarned: 0 });

    // The last guard: the database itself refuses an order giving back more than it redeemed.
    await expect(db().$executeRaw`UPDATE "Order" SET "loyaltyPointsReturned" = "loyaltyPointsRedeemed" + 1 WHERE id = ${placed.orderId}`).rejects.toThrow(/Order_loyalty_points_returned_within_redeemed/);
  });
});
