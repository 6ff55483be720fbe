import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
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
