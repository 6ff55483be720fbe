import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteAddress, listAddresses, updateAddress } from "@/lib/account/addresses";
import { cancelOrderByCustomer } from "@/lib/account/cancel-order";
import { getAccountOrder } from "@/lib/account/orders";
import { returnableItems } from "@/lib/account/returnable-items";
import { requestReturn } from "@/lib/account/returns";
import { createSupportMessage, getSupportThread, replyToSupportThread } from "@/lib/account/support";
import { ApiError } from "@/lib/api/errors";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { updateCartItem } from "@/lib/cart/update-cart-item";
import { completeDemoPayment } from "@/lib/checkout/confirm-payment";
import { db } from "@/lib/db";
import { cloneDesign } from "@/lib/designs/clone-design";
import { listCustomerDesigns } from "@/lib/designs/customer-designs";
import type { DesignCaller } from "@/lib/designs/design-caller";
import { getSharedDesignPreview } from "@/lib/designs/public-design";
import { finalizeDesign } from "@/lib/designs/render/finalize-design";
import { requireOwnedDesign } from "@/lib/designs/require-owned-design";
import { shareDesign } from "@/lib/designs/share-design";
import { deleteDesign, getDesign, updateDesign } from "@/lib/designs/update-design";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { addGrant, readGrants } from "@/lib/orders/order-access";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { transitionOrder } from "@/lib/orders/order-status";
import { newToken } from "@/lib/security/tokens";
import { getEnabledStore } from "@/lib/sites/get-store";
import { removeWishlistItem } from "@/lib/wishlist/wishlist";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { changedTables, tableChecksums, isolateDatabase } from "../support/database-checksum";
import { designableProduct } from "../support/fixtures";
import { tokenDigest } from "@/lib/security/tokens";

// The shop's own pages and server actions that take an id (app/shop/[tenant]/store/**), through the
// domain functions they call, with another shopper's identity: each finds nothing (the page then
// calls notFound(), the action answers its error) and writes no row. The actions take identity
// only from the request's cookies (actingMember, currentDesignCaller, currentOrderViewer,
// readCartSessionId), which vitest cannot forge, so this file calls one level below them.

isolateDatabase();

const BOOKKEEPING_TABLES = ["RateLimitWindow", "CustomerSession"];

/** Runs a stranger's call and answers its outcome: a value, or the ApiError code it threw. */
async function outcomeWithoutWrites(label: string, call: () => Promise<unknown>): Promise<unknown> {
  const before = await tableChecksums(BOOKKEEPING_TABLES);
  let outcome: unknown;
  try {
    outcome = await call();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    outcome = { error: error.code };
  }
  expect({ label, changed: changedTables(before, await tableChecksums(BOOKKEEPING_TABLES)) }).toEqual({ label, changed: [] });
  return outcome;
}

describe("the shop's pages and actions that take an id, called by someone else", () => {
  let siteId: number;
  let otherSiteId: number;
  let owner: { id: number; email: string };
  let stranger: { id: number; email: string };
  let order: { orderId: number; orderNumber: string; paymentIntentId: string };
  let unpaid: { orderNumber: string; paymentIntentId: string };
  let orderItemId: number;
  let addressId: number;
  let messageId: number;
  let wishedProductId: number;
  let ownerCart: string;
  let cartItemId: number;
  let design: { id: number; uuid: string; productId: number };
  let upload: number;
  const ownerSession = newToken();
  const strangerCallers: Record<string, DesignCaller> = {};

  beforeAll(async () => {
    const shop = await createCheckoutStore({ stripe: false });
    const otherShop = await createCheckoutStore({ stripe: false });
    siteId = shop.siteId;
    otherSiteId = otherShop.siteId;
    const ownerCustomer = await signUp(siteId, { emailVerified: true });
    const strangerCustomer = await signUp(siteId);
    owner = ownerCustomer;
    stranger = strangerCustomer;

    const placed = await postCheckout(siteId, { ...checkoutBody(await cartWith(siteId, shop.product.id, 3)), customerEmail: owner.email }, bearer(ownerCustomer.token));
    order = { ...placed.body.data, paymentIntentId: (await db().order.findUniqueOrThrow({ where: { id: placed.body.data.orderId } })).stripePaymentIntentId! };
    await markOrderPaid(order.orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId: order.orderId, to: "delivered", actor: "carrier" });
    orderItemId = (await db().orderItem.findFirstOrThrow({ where: { orderId: order.orderId } })).id;
    // A second order of the owner's, still awaiting its demo payment.
    const pending = await postCheckout(siteId, { ...checkoutBody(await cartWith(siteId, shop.product.id, 1)), customerEmail: owner.email }, bearer(ownerCustomer.token));
    unpaid = { orderNumber: pending.body.data.orderNumber, paymentIntentId: (await db().order.findUniqueOrThrow({ where: { id: pending.body.data.orderId } })).stripePaymentIntentId! };

    addressId = (await db().address.create({ data: { customerId: owner.id, line1: "1 Owner Street", city: "Portland", country: "US" } })).id;
    messageId = (await db().supportMessage.create({ data: { siteId, customerId: owner.id, subject: "Owner's question", body: "Private words" } })).id;
    const wishlist = await db().wishlist.create({ data: { siteId, customerId: owner.id } });
    wishedProductId = shop.product.id;
    await db().wishlistItem.create({ data: { wishlistId: wishlist.id, productId: wishedProductId } });
    ownerCart = await cartWith(siteId, shop.product.id, 1);
    cartItemId = (await db().cartItem.findFirstOrThrow({ where: { cart: { sessionId: ownerCart } } })).id;

    const { product, style } = await designableProduct(siteId);
    const row = await db().productDesign.create({ data: { siteId, productId: product.id, styleId: style.id, sessionId: tokenDigest(ownerSession), name: "Private artwork" } });
    design = { id: row.id, uuid: row.uuid, productId: product.id };
    upload = (await db().designAsset.create({ data: { siteId, sessionId: tokenDigest(ownerSession), kind: "upload", url: "/media/private.png", storageKey: `private-${randomUUID()}.png`, mimeType: "image/png", fileSize: 10 } })).id;
    Object.assign(strangerCallers, {
      "another customer": { customerId: stranger.id, sessionId: null },
      "another designer session": { customerId: null, sessionId: newToken() },
      "a visitor with neither": { customerId: null, sessionId: null },
    });
  });

  it("order/[orderNumber] and checkout/pay/[orderNumber] (getShopOrder): no order for another customer, a grant for another order, a forged grant, or another order's PaymentIntent", async () => {
    const secret = "a signing key of the test's own";
    const viewers = {
      "another customer": { grants: [], customerId: stranger.id },
      "a grant for another order": { grants: readGrants(addGrant(undefined, "ORD-424242", secret), secret), customerId: null },
      "a grant signed with another key": { grants: readGrants(addGrant(undefined, order.orderNumber, "someone else's key"), secret), customerId: null },
      "another order's PaymentIntent": { grants: [], customerId: stranger.id, paymentIntentId: unpaid.paymentIntentId },
      "nobody": { grants: [], customerId: null },
    };
    for (const [label, viewer] of Object.entries(viewers)) {
      expect({ label, order: await outcomeWithoutWrites(label, () => getShopOrder(siteId, order.orderNumber, viewer)) }).toEqual({ label, order: null });
    }
    // The order's own PaymentIntent on another site, which has an order of the same number.
    expect(await getShopOrder(otherSiteId, order.orderNumber, { grants: [], customerId: null, paymentIntentId: order.paymentIntentId })).toBeNull();
    // And the owner sees it, so the nulls are about the viewer.
    expect((await getShopOrder(siteId, order.orderNumber, { grants: [], customerId: owner.id }))?.orderNumber).toBe(order.orderNumber);
  });

  it("payDemoAction (completeDemoPayment): another order's PaymentIntent pays nothing", async () => {
    const outcome = await outcomeWithoutWrites("demo payment with another order's intent", () =>
      completeDemoPayment(siteId, { orderNumber: unpaid.orderNumber, paymentIntentId: order.paymentIntentId, outcome: "succeeded" }),
    );
    expect(outcome).toEqual({ error: "not_found" });
  });

  it("account/(member)/orders pages and cancelOrderAction, requestReturnAction: not found for another customer", async () => {
    expect(await outcomeWithoutWrites("order page", () => getAccountOrder(siteId, stranger.id, order.orderNumber))).toEqual({ error: "not_found" });
    expect(await outcomeWithoutWrites("return page", () => returnableItems(siteId, stranger.id, order.orderNumber))).toBeNull();
    expect(await outcomeWithoutWrites("cancelOrderAction", () => cancelOrderByCustomer(siteId, stranger.id, unpaid.orderNumber, "Not mine"))).toEqual({ error: "not_found" });
    expect(
      await outcomeWithoutWrites("requestReturnAction", () => requestReturn(siteId, stranger.id, order.orderNumber, { items: [{ orderItemId, quantity: 1 }], reason: "Not mine", resolution: "refund" })),
    ).toEqual({ error: "not_found" });
  });

  it("addresses/[addressId] page, updateAddressAction and deleteAddressAction: not found for another customer", async () => {
    expect((await listAddresses(stranger.id)).map((a) => a.id)).not.toContain(addressId);
    expect(await outcomeWithoutWrites("updateAddressAction", () => updateAddress(stranger.id, addressId, { city: "Elsewhere", isDefaultShipping: true }))).toEqual({ error: "not_found" });
    expect(await outcomeWithoutWrites("deleteAddressAction", () => deleteAddress(stranger.id, addressId))).toEqual({ error: "not_found" });
  });

  it("support/[messageId] page, replyAction and openThreadAction: another customer's thread and order are not found", async () => {
    expect(await outcomeWithoutWrites("thread page", () => getSupportThread(siteId, stranger.id, messageId))).toEqual({ error: "not_found" });
    expect(await outcomeWithoutWrites("replyAction", () => replyToSupportThread(siteId, stranger.id, messageId, "Let me in"))).toEqual({ error: "not_found" });
    expect(
      await outcomeWithoutWrites("openThreadAction naming the owner's order", () =>
        createSupportMessage(siteId, stranger.id, { subject: "About this order", body: "Hello", category: "general", orderId: order.orderId }),
      ),
    ).toEqual({ error: "validation_error" });
  });

  it("wishlist removeFromWishlist: removes nothing from another customer's wishlist", async () => {
    expect(await outcomeWithoutWrites("removeFromWishlist", () => removeWishlistItem(siteId, stranger.id, wishedProductId))).toEqual({ removed: false });
  });

  it("cart updateCartLine (updateCartItem): another browser's line is not found", async () => {
    const strangerCart = await cartWith(siteId, wishedProductId, 1);
    for (const sessionId of [strangerCart, randomUUID()]) {
      expect(await outcomeWithoutWrites("updateCartLine", () => updateCartItem(siteId, { sessionId, cartItemId, quantity: 0 }))).toEqual({ error: "not_found" });
    }
  });

  it("designs page, design/[slug]?designId= and every designer action: another caller's design is forbidden, as in the API", async () => {
    const store = (await getEnabledStore(siteId))!;
    for (const [who, caller] of Object.entries(strangerCallers)) {
      const calls: Record<string, () => Promise<unknown>> = {
        "designer page (getDesign)": () => getDesign(siteId, caller, design.id, ""),
        "save, upload, AI, share, delete (requireOwnedDesign)": () => requireOwnedDesign(siteId, caller, design.id),
        saveDesignAction: () => updateDesign(siteId, caller, design.id, { name: "Mine now" }, ""),
        shareDesignAction: () => shareDesign(store, caller, { kind: "numeric", id: design.id }, true, ""),
        deleteDesignAction: () => deleteDesign(siteId, caller, design.id),
        "finalizeAndAddToCartAction (finalize)": () => finalizeDesign(siteId, caller, design.id, ""),
        cloneIntoDesignerAction: () => cloneDesign(siteId, caller, caller, design.id, undefined, ""),
      };
      for (const [label, call] of Object.entries(calls)) expect({ label: `${label} by ${who}`, outcome: await outcomeWithoutWrites(label, call) }).toEqual({ label: `${label} by ${who}`, outcome: { error: "forbidden" } });
      const cart = randomUUID();
      expect(await outcomeWithoutWrites(`add to cart by ${who}`, () => addCartItem(siteId, { sessionId: cart, productId: design.productId, quantity: 1, designId: design.id }, caller))).toEqual({ error: "not_found" });
    }
    // Nor may a stranger's own design draw the owner's private upload (saveDesignAction's layers).
    const strangerDesign = await db().productDesign.create({ data: { siteId, productId: design.productId, customerId: stranger.id } });
    const drawing = [{ id: "i1", type: "image" as const, side: "front", x: 50, y: 60, width: 40, height: 40, rotation: 0, scaleX: 1, scaleY: 1, opacity: 1, zIndex: 0, visible: true, assetId: upload }];
    expect(await outcomeWithoutWrites("saveDesignAction drawing the owner's upload", () => updateDesign(siteId, strangerCallers["another customer"], strangerDesign.id, { layers: drawing }, ""))).toEqual({
      error: "validation_error",
    });
    expect((await listCustomerDesigns(siteId, stranger.id)).map((d) => d.id)).not.toContain(design.id);
    // The owner's session is let through, so the refusals are about the caller.
    expect((await requireOwnedDesign(siteId, { customerId: null, sessionId: tokenDigest(ownerSession) }, design.id)).id).toBe(design.id);
  });

  it("design/share/[uuid] page: a design that is not shared is not found, on its site or another", async () => {
    expect(await getSharedDesignPreview(siteId, design.uuid)).toBeNull();
    await db().productDesign.update({ where: { id: design.id }, data: { isPublic: true } });
    expect(await getSharedDesignPreview(otherSiteId, design.uuid)).toBeNull();
    expect((await getSharedDesignPreview(siteId, design.uuid))?.id).toBe(design.id);
  });
});
