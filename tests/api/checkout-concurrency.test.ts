import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";

// Checkouts racing for the same stock, code uses or gift balance, on the run's database (CI runs
// this on real PostgreSQL too). Demo payment mode: no payment provider is involved.
describe(`concurrent checkouts (${inject("databaseKind")})`, () => {
  const westCoast = { shippingAddress: { country: "US", state: "WA" } }; // no tax, so totals stay round

  it("sell exactly the units in stock and never take stock below zero", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const sessions = await Promise.all(Array.from({ length: 10 }, () => cartWith(shop.siteId, shop.product.id, 1)));
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 3 } });
    const results = await Promise.all(sessions.map((s) => postCheckout(shop.siteId, checkoutBody(s, westCoast))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.errorCode === "insufficient_stock")).toBe(true);
    expect((await db().product.findUniqueOrThrow({ where: { id: shop.product.id } })).inventory).toBe(0);
    expect(await db().order.count({ where: { siteId: shop.siteId } })).toBe(3);
  });

  it("use a discount code at most its maxUses times", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    await db().discountCode.create({ data: { siteId: shop.siteId, code: "TWICE", discountType: "fixed_amount", amount: 100, maxUses: 2 } });
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 100 } });
    const sessions = await Promise.all(Array.from({ length: 8 }, () => cartWith(shop.siteId, shop.product.id, 1)));
    const results = await Promise.all(sessions.map((s) => postCheckout(shop.siteId, checkoutBody(s, { ...westCoast, discountCode: "TWICE" }))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.status === 400).every((r) => r.body.errorCode === "invalid_discount_code")).toBe(true);
    expect((await db().discountCode.findFirstOrThrow({ where: { siteId: shop.siteId, code: "TWICE" } })).usedCount).toBe(2);
  });

  it("never take a gift certificate below zero", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    await db().product.update({ where: { id: shop.product.id }, data: { inventory: 100 } });
    // GIFT-50 holds $50.00; each order costs $25.00 and asks the certificate to pay all of it.
    const sessions = await Promise.all(Array.from({ length: 6 }, () => cartWith(shop.siteId, shop.product.id, 1)));
    const results = await Promise.all(sessions.map((s) => postCheckout(shop.siteId, checkoutBody(s, { ...westCoast, giftCertificateCode: "GIFT-50" }))));
    const paid = results.filter((r) => r.status === 200);
    expect(paid).toHaveLength(2);
    expect(paid.every((r) => r.body.data.paymentMode === "gift_certificate")).toBe(true);
    const certificate = await db().giftCertificate.findFirstOrThrow({ where: { siteId: shop.siteId, code: "GIFT-50" } });
    expect(certificate).toMatchObject({ remainingAmount: 0, status: "redeemed" });
    const redeemed = await db().giftCertificateRedemption.aggregate({ where: { giftCertificateId: certificate.id }, _sum: { amount: true } });
    expect(redeemed._sum.amount).toBe(5000);
  });
});
