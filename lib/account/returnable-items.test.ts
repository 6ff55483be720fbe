import { describe, expect, it } from "vitest";
import { requestReturn } from "@/lib/account/returns";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "@/tests/support/checkout-fixtures";
import { signUp } from "@/tests/support/customers";
import { returnableItems } from "./returnable-items";

describe("returnableItems", () => {
  it("counts what earlier requests claim, frees a rejected one's, and keeps other customers out", async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const customer = await signUp(shop.siteId, { emailVerified: true });
    const { body } = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 3)), customerEmail: customer.email });
    const { orderId, orderNumber } = body.data as { orderId: number; orderNumber: string };
    await markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId, to: "delivered", actor: "carrier" });

    const before = await returnableItems(shop.siteId, customer.id, orderNumber);
    expect(before).toMatchObject({ status: "delivered", items: [{ productName: "Classic Crew Tee", quantity: 3, returnable: 3 }] });
    const orderItemId = before!.items[0].orderItemId;

    const first = await requestReturn(shop.siteId, customer.id, orderNumber, { items: [{ orderItemId, quantity: 2 }], reason: "Too small", resolution: "refund" });
    expect((await returnableItems(shop.siteId, customer.id, orderNumber))!.items[0].returnable).toBe(1);
    await db().returnRequest.update({ where: { id: first.id }, data: { status: "rejected" } });
    expect((await returnableItems(shop.siteId, customer.id, orderNumber))!.items[0].returnable).toBe(3);

    const stranger = await signUp(shop.siteId);
    expect(await returnableItems(shop.siteId, stranger.id, orderNumber)).toBeNull();
  });
});
