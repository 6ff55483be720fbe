import { describe, expect, it } from "vitest";
import { getEnabledStore } from "@/lib/sites/get-store";
import { address, cartWith, checkoutBody, createCheckoutStore, postCheckout } from "@/tests/support/checkout-fixtures";
import { previewCheckout } from "./preview-checkout";

async function shopWithCart(quantity = 2) {
  const fixture = await createCheckoutStore({ stripe: false });
  const store = (await getEnabledStore(fixture.siteId))!;
  return { ...fixture, store, sessionId: await cartWith(fixture.siteId, fixture.product.id, quantity) };
}

describe("previewCheckout", () => {
  it("shows the totals POST /checkout then charges", async () => {
    const { store, sessionId, siteId, rateId } = await shopWithCart();
    const preview = await previewCheckout(store, { sessionId, address, discountCode: "tenoff", giftCertificateCode: "GIFT-50" });
    expect(preview.rates.map((r) => r.id)).toEqual([rateId]);
    expect(preview.shippingRateId).toBe(String(rateId));
    expect(preview.totals).toEqual({ subtotal: 5000, discountTotal: 500, shippingTotal: 995, taxTotal: 347, total: 5842, giftCertificateTotal: 5000, amountDue: 842 });
    expect(preview.discount).toMatchObject({ code: "TENOFF", discountType: "percent" });
    expect(preview.giftCertificate).toEqual({ code: "GIFT-50", balance: 5000 });

    const { body } = await postCheckout(siteId, checkoutBody(sessionId, { shippingRateId: rateId, discountCode: "tenoff", giftCertificateCode: "GIFT-50" }));
    expect(body.data).toMatchObject({ total: preview.totals.total, amountDue: preview.totals.amountDue });
  });

  it("says why a code does not apply and leaves it out of the totals, holding nothing", async () => {
    const { store, sessionId } = await shopWithCart(1);
    const preview = await previewCheckout(store, { sessionId, address, discountCode: "OLD", giftCertificateCode: "NOPE" });
    expect(preview.discountError).toBe("This discount code has expired");
    expect(preview.giftCertificateError).toBe("Invalid gift certificate");
    expect(preview.totals).toMatchObject({ subtotal: 2500, discountTotal: 0, giftCertificateTotal: 0 });
    const big = await previewCheckout(store, { sessionId, address, discountCode: "BIG" });
    expect(big.discountError).toMatch(/needs an order of at least/);
  });

  it("keeps the chosen rate only where the destination offers it, and has none without a country", async () => {
    const { store, sessionId, rateId } = await shopWithCart();
    expect((await previewCheckout(store, { sessionId, address, shippingRateId: "999999" })).shippingRateId).toBe(String(rateId));
    expect(await previewCheckout(store, { sessionId, address: { ...address, country: "FR" } })).toMatchObject({ rates: [], shippingRateId: null });
    expect(await previewCheckout(store, { sessionId, address: {} })).toMatchObject({ rates: [], shippingRateId: null, totals: { shippingTotal: 0, taxTotal: 0 } });
  });

  it("applies a free-shipping code to the chosen rate", async () => {
    const { store, sessionId } = await shopWithCart();
    expect((await previewCheckout(store, { sessionId, address, discountCode: "FREESHIP" })).totals).toMatchObject({ shippingTotal: 0, discountTotal: 0 });
  });
});
