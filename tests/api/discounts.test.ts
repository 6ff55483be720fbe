import { describe, expect, it } from "vitest";
import { POST as discountRoute } from "@/app/api/storefront/[siteId]/discount/validate/route";
import { POST as giftRoute } from "@/app/api/storefront/[siteId]/gift-certificates/validate/route";
import { db } from "@/lib/db";
import { discountValidationSchema } from "@/lib/discounts/schemas";
import { giftCertificateValidationSchema } from "@/lib/gift-certificates/schemas";
import { DEMO_SITE_ID, SECOND_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";

const validateDiscount = (body: unknown, siteId = DEMO_SITE_ID) =>
  callRoute(discountRoute, `/api/storefront/${siteId}/discount/validate`, { params: { siteId: String(siteId) }, method: "POST", body });
const validateGift = (body: unknown, siteId = DEMO_SITE_ID) =>
  callRoute(giftRoute, `/api/storefront/${siteId}/gift-certificates/validate`, { params: { siteId: String(siteId) }, method: "POST", body });

describe("POST /discount/validate", () => {
  it("answers a percent code in the spec's shape, with discountAmount for a subtotal", async () => {
    const { status, body } = await validateDiscount({ code: "summer20", subtotal: 5000 });
    expect(status).toBe(200);
    expect(discountValidationSchema.strict().parse(body.data)).toEqual({
      code: "SUMMER20",
      description: "20% off orders over $50",
      discountType: "percent",
      amount: 2000,
      minOrderAmount: 5000,
      discountAmount: 1000,
    });
  });

  it("answers discountAmount null without a subtotal", async () => {
    expect((await validateDiscount({ code: "WELCOME10" })).body.data).toMatchObject({ discountType: "percent", amount: 1000, discountAmount: null });
  });

  it("computes fixed amounts capped at the subtotal and nothing off merchandise for free shipping", async () => {
    expect((await validateDiscount({ code: "SAVE5", subtotal: 3000 })).body.data).toMatchObject({ discountType: "fixed_amount", discountAmount: 500 });
    expect((await validateDiscount({ code: "FREESHIP", subtotal: 3000 })).body.data).toMatchObject({ discountType: "free_shipping", discountAmount: 0 });
  });

  it.each([
    [{ code: "NOPE" }, "Invalid discount code"],
    [{ code: "SPRING15" }, "This discount code has expired"],
    [{ code: "FIRST100" }, "This discount code has reached its usage limit"],
    [{ code: "SUMMER20", subtotal: 4999 }, "This discount code needs an order of at least $50.00"],
  ])("refuses %j with 400 invalid_discount_code", async (request, message) => {
    const { status, body } = await validateDiscount(request);
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message, errorCode: "invalid_discount_code" });
  });

  it("validates input", async () => {
    expect((await validateDiscount({})).body).toMatchObject({ message: "code is required", errorCode: "validation_error" });
    expect((await validateDiscount({ code: "X", subtotal: -1 })).status).toBe(400);
    expect((await validateDiscount({ code: "X", subtotal: "12" })).status).toBe(400);
  });

  it("keeps each site's codes apart and consumes nothing", async () => {
    expect((await validateDiscount({ code: "WELCOME10", subtotal: 10_000 }, SECOND_SITE_ID)).body.data.discountAmount).toBe(500);
    expect((await validateDiscount({ code: "SAVE5" }, SECOND_SITE_ID)).status).toBe(400);
    const before = await db().discountCode.findMany({ where: { siteId: DEMO_SITE_ID }, select: { code: true, usedCount: true } });
    await validateDiscount({ code: "WELCOME10", subtotal: 1000 });
    expect(await db().discountCode.findMany({ where: { siteId: DEMO_SITE_ID }, select: { code: true, usedCount: true } })).toEqual(before);
  });
});

describe("POST /gift-certificates/validate", () => {
  it("answers the balance and status, case-insensitively", async () => {
    const { status, body } = await validateGift({ code: "gift-maple-5000" });
    expect(status).toBe(200);
    expect(giftCertificateValidationSchema.strict().parse(body.data)).toEqual({ code: "GIFT-MAPLE-5000", remainingAmount: 5000, status: "active" });
    expect((await validateGift({ code: " Gift-Maple-2500 " })).body.data).toEqual({ code: "GIFT-MAPLE-2500", remainingAmount: 2500, status: "active" });
  });

  it("reports redeemed and expired certificates as such", async () => {
    expect((await validateGift({ code: "GIFT-MAPLE-USED" })).body.data).toMatchObject({ remainingAmount: 0, status: "redeemed" });
    expect((await validateGift({ code: "GIFT-MAPLE-OLD" })).body.data).toMatchObject({ status: "expired" });
  });

  it("answers 404 for an unknown code or another site's, and 400 without a code", async () => {
    expect(await validateGift({ code: "NOPE" })).toMatchObject({ status: 404, body: { message: "Gift certificate not found", errorCode: "not_found" } });
    expect((await validateGift({ code: "GIFT-MAPLE-5000" }, SECOND_SITE_ID)).status).toBe(404);
    expect((await validateGift({ code: "" })).body).toMatchObject({ message: "code is required", errorCode: "validation_error" });
  });
});
