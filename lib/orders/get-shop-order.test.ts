import { describe, expect, it } from "vitest";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "@/tests/support/checkout-fixtures";
import { signUp } from "@/tests/support/customers";
import { getShopOrder } from "./get-shop-order";

async function placedOrder() {
  const shop = await createCheckoutStore({ stripe: false });
  const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
  const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { shippingRateId: shop.rateId }));
  return { shop, orderNumber: body.data.orderNumber as string };
}

const far = Date.now() + 60_000;
const nobody = { grants: [], customerId: null };

describe("getShopOrder", () => {
  it("shows the order to a browser holding its grant, with its status history", async () => {
    const { shop, orderNumber } = await placedOrder();
    const order = await getShopOrder(shop.siteId, orderNumber, { ...nobody, grants: [{ orderNumber, expiresAt: far }] });
    expect(order).toMatchObject({ orderNumber, status: "pending", customerEmail: "jane@example.com", paymentMode: "demo" });
    expect(order!.statusHistory).toEqual([{ toStatus: "pending", note: "Order placed", createdAt: expect.any(String) }]);
  });

  it("hides it from anyone else, and on another site", async () => {
    const { shop, orderNumber } = await placedOrder();
    const other = await placedOrder();
    expect(await getShopOrder(shop.siteId, orderNumber, nobody)).toBeNull();
    expect(await getShopOrder(shop.siteId, orderNumber, { ...nobody, grants: [{ orderNumber: `${orderNumber}9`, expiresAt: far }] })).toBeNull();
    expect(await getShopOrder(shop.siteId, orderNumber, { ...nobody, paymentIntentId: "pi_not_this_one" })).toBeNull();
    const stranger = await signUp(shop.siteId);
    expect(await getShopOrder(shop.siteId, orderNumber, { ...nobody, customerId: stranger.id })).toBeNull();
    // A grant for an order number says nothing about another shop's order with that number.
    expect(await getShopOrder(other.shop.siteId, "ORD-NOPE", { ...nobody, grants: [{ orderNumber: "ORD-NOPE", expiresAt: far }] })).toBeNull();
  });
});

describe("getShopOrder for a signed-in customer", () => {
  it("shows the customer the orders placed with their verified email", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const customer = await signUp(shop.siteId, { emailVerified: true });
    const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
    const { body } = await postCheckout(shop.siteId, checkoutBody(sessionId, { customerEmail: customer.email, shippingRateId: shop.rateId }));
    expect(await getShopOrder(shop.siteId, body.data.orderNumber, { ...nobody, customerId: customer.id })).toMatchObject({ orderNumber: body.data.orderNumber });
  });
});
