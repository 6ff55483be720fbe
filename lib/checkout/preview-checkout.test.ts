import { describe, expect, it } from "vitest";
import { getEnabledStore } from "@/lib/sites/get-store";
import { address, cartWith, checkoutBody, createCheckoutStore, postCheckout } from "@/tests/support/checkout-fixtures";
import { bearer } from "@/tests/support/customers";
import { loyaltyShop } from "@/tests/support/loyalty";
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
    expect(preview.totals).toEqual({ subtotal: 5000, discountTotal: 500, shippingTotal: 995, loyaltyPointsRedeemed: 0, loyaltyDiscountTotal: 0, taxTotal: 347, total: 5842, giftCertificateTotal: 5000, amountDue: 842 });
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

  it("shows the points discount POST /checkout then takes, and says why points cannot be redeemed", async () => {
    const { shop, customer, customerCart, setBalance } = await loyaltyShop();
    const store = (await getEnabledStore(shop.siteId))!;
    await setBalance(300);
    const sessionId = await customerCart(2);
    const preview = await previewCheckout(store, { sessionId, address, loyaltyPoints: 300 });
    expect(preview).toMatchObject({ loyalty: { balance: 300, pointValueCents: 1 }, loyaltyError: null });
    expect(preview.totals).toMatchObject({ loyaltyPointsRedeemed: 300, loyaltyDiscountTotal: 300, shippingTotal: 995, taxTotal: 362, total: 6057 });
    const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { loyaltyPoints: 300, shippingRateId: shop.rateId }), bearer(customer.token));
    expect(body.data).toMatchObject({ total: preview.totals.total, amountDue: preview.totals.amountDue });

    const tooMany = await previewCheckout(store, { sessionId: await customerCart(1), address, loyaltyPoints: 301 });
    expect(tooMany).toMatchObject({ loyalty: { balance: 0 }, loyaltyError: "You have 0 points", totals: { loyaltyDiscountTotal: 0 } });
    const guest = await previewCheckout(store, { sessionId: await cartWith(shop.siteId, shop.product.id, 1), address, loyaltyPoints: 10 });
    expect(guest).toMatchObject({ loyalty: null, loyaltyError: expect.stringMatching(/^Sign in/) });
    // The shop's signed-in shopper counts before the page's checkout claims the cart for them.
    await setBalance(50);
    const shopper = await previewCheckout(store, { sessionId: await cartWith(shop.siteId, shop.product.id, 1), address, loyaltyPoints: 50, customerId: customer.id });
    expect(shopper).toMatchObject({ loyalty: { balance: 50 }, loyaltyError: null, totals: { loyaltyDiscountTotal: 50 } });
  });
});
