import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEnabledStore, type StoreContext } from "@/lib/sites/get-store";
import { createSite } from "@/tests/support/fixtures";
import { cartEstimate, checkAppliedCodes, checkDiscountCode, checkGiftCertificate, giftCertificateProblem } from "./check-applied-codes";

let store: StoreContext;

beforeAll(async () => {
  const site = await createSite();
  store = (await getEnabledStore(site.id))!;
  const siteId = site.id;
  await db().discountCode.createMany({
    data: [
      { siteId, code: "TENOFF", discountType: "percent", amount: 1000, description: "10% off" },
      { siteId, code: "FREESHIP", discountType: "free_shipping" },
      { siteId, code: "BIG", discountType: "fixed_amount", amount: 1000, minOrderAmount: 20_000 },
      { siteId, code: "OLD", discountType: "percent", amount: 1000, expiresAt: new Date(Date.now() - 1000) },
    ],
  });
  await db().giftCertificate.createMany({
    data: [
      { siteId, code: "GIFT-50", initialAmount: 5000, remainingAmount: 5000 },
      { siteId, code: "GIFT-EMPTY", initialAmount: 5000, remainingAmount: 0 },
      { siteId, code: "GIFT-OLD", initialAmount: 5000, remainingAmount: 5000, expiresAt: new Date(Date.now() - 1000) },
    ],
  });
});

describe("checkDiscountCode", () => {
  it("answers the discount on the subtotal for a usable code, typed in any case", async () => {
    expect(await checkDiscountCode(store, " tenoff ", 4800)).toEqual({
      code: "TENOFF",
      usable: true,
      description: "10% off",
      freeShipping: false,
      discountAmount: 480,
    });
    expect(await checkDiscountCode(store, "FREESHIP", 4800)).toMatchObject({ usable: true, freeShipping: true, discountAmount: 0 });
  });

  it("says why a code cannot be used instead of throwing", async () => {
    expect(await checkDiscountCode(store, "OLD", 4800)).toEqual({ code: "OLD", usable: false, problem: "This discount code has expired" });
    expect(await checkDiscountCode(store, "NOPE", 4800)).toEqual({ code: "NOPE", usable: false, problem: "Invalid discount code" });
    expect(await checkDiscountCode(store, "BIG", 4800)).toMatchObject({ usable: false, problem: expect.stringContaining("at least $200.00") });
  });
});

describe("checkGiftCertificate", () => {
  it("answers the balance of a usable certificate", async () => {
    expect(await checkGiftCertificate(store.siteId, "gift-50")).toEqual({ code: "GIFT-50", usable: true, balance: 5000 });
  });

  it("refuses unknown, spent and expired certificates with a reason", async () => {
    expect(await checkGiftCertificate(store.siteId, "GIFT-NONE")).toEqual({ code: "GIFT-NONE", usable: false, problem: "Gift certificate not found" });
    expect(await checkGiftCertificate(store.siteId, "GIFT-EMPTY")).toMatchObject({ usable: false, problem: "This gift certificate has no balance left" });
    expect(await checkGiftCertificate(store.siteId, "GIFT-OLD")).toMatchObject({ usable: false, problem: "This gift certificate has expired" });
  });

  it("does not see another site's certificate", async () => {
    const other = await createSite();
    expect(await checkGiftCertificate(other.id, "GIFT-50")).toMatchObject({ usable: false });
  });
});

describe("checkAppliedCodes and cartEstimate", () => {
  it("checks both codes and takes the discount, then the certificate, off the subtotal", async () => {
    const check = await checkAppliedCodes(store, { discountCode: "TENOFF", giftCertificateCode: "GIFT-50" }, 6000);
    expect(check.discount).toMatchObject({ usable: true, discountAmount: 600 });
    expect(check.giftCertificate).toMatchObject({ usable: true, balance: 5000 });
    expect(cartEstimate(6000, check)).toEqual({ discount: 600, giftCertificate: 5000, total: 400 });
  });

  it("never lets a certificate take the estimate below zero, and ignores unusable codes", async () => {
    const check = await checkAppliedCodes(store, { discountCode: "OLD", giftCertificateCode: "GIFT-50" }, 3000);
    expect(check.discount).toMatchObject({ usable: false });
    expect(cartEstimate(3000, check)).toEqual({ discount: 0, giftCertificate: 3000, total: 0 });
    expect(cartEstimate(3000, await checkAppliedCodes(store, {}, 3000))).toEqual({ discount: 0, giftCertificate: 0, total: 3000 });
  });
});

describe("giftCertificateProblem", () => {
  it("has a reason for every state but active", () => {
    expect(giftCertificateProblem("active")).toBeNull();
    for (const status of ["redeemed", "expired", "disabled"] as const) expect(giftCertificateProblem(status)).toEqual(expect.any(String));
  });
});
