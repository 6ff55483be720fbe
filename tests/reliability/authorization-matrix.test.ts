import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { newToken } from "@/lib/security/tokens";
import type { ApiResult } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { changedTables, tableChecksums, isolateDatabase } from "../support/database-checksum";
import { designableProduct } from "../support/fixtures";
import { callOperation, storefrontOperations, type OperationRequest, type StorefrontOperation } from "../support/storefront-routes";
import { tokenDigest } from "@/lib/security/tokens";

// The authorization matrix of every storefront operation that takes an object id, generated from
// the route files on disk: each is called by the owner and by five kinds of stranger. A stranger's
// answer must be byte for byte the answer the same stranger gets for an id that does not exist (or
// the spec's 403 for a design that is someone else's), and must change no row of any table. An id
// in a path segment of a new route, or a new operation not classified below, fails this file
// until it has a recipe here.

isolateDatabase();

// Written by calls whatever their outcome: request counting and session sliding.
const BOOKKEEPING_TABLES = ["RateLimitWindow", "CustomerSession"];
const DESIGN_FORBIDDEN = { success: false, message: "You do not have access to this design", errorCode: "forbidden" };

// Operations with a path id that are public by design: the catalogue.
// Reviews and back-in-stock alerts are addressed by the product's catalogue slug, not a customer's object.
const PUBLIC_BY_ID = ["GET /products/{slug}", "GET /products/{slug}/styles", "GET /products/{slug}/plans", "GET /products/{slug}/reviews", "POST /products/{slug}/reviews", "POST /products/{slug}/back-in-stock"];
// Operations that take no object id of a customer's (or whose only id is the caller's own secret).
const TAKES_NO_OBJECT_ID: Record<string, string> = {
  "GET /account": "the caller's own account",
  "PATCH /account": "the caller's own account",
  "GET /account/addresses": "the caller's own list",
  "POST /account/addresses": "creates for the caller",
  "GET /account/loyalty": "the caller's own points",
  "GET /account/loyalty/activity": "the caller's own points",
  "GET /account/notifications": "the caller's own settings",
  "PATCH /account/notifications": "the caller's own settings",
  "GET /account/orders": "the caller's own list",
  "POST /account/password": "the caller's own password",
  "GET /account/returns": "the caller's own list",
  "GET /account/reviews": "the caller's own reviews",
  "GET /account/support": "the caller's own list",
  "GET /account/subscriptions": "the caller's own list",
  "POST /account/subscriptions": "creates for the caller, from a catalogue plan",
  "GET /account/wishlist": "the caller's own wishlist",
  "POST /account/wishlist": "a catalogue product into the caller's own wishlist",
  "POST /auth": "credentials, not objects",
  "GET /cart": "the cart session id is the credential",
  "DELETE /cart": "the cart session id is the credential",
  "GET /cart/recover": "the recovery token is the credential",
  "GET /categories": "catalogue",
  "GET /products": "catalogue",
  "GET /shipping": "rates for an address",
  "POST /checkout": "the caller's cart session",
  "POST /checkout/demo-payment": "the PaymentIntent id is the credential",
  "POST /checkout/verify": "the PaymentIntent id is the credential",
  "GET /designs": "the caller's own designs, or the site's templates",
  "GET /designs/anonymous/count": "the caller's own designer session",
  "POST /designs/claim": "the designer session id is the credential",
  "GET /designs/fonts": "catalogue",
  "POST /discount/validate": "a code, not an object",
  "POST /gift-certificates/validate": "a code, not an object",
  "POST /webhooks/stripe": "signed by Stripe",
  "POST /webhooks/easypost": "signed by EasyPost",
};

type DesignIds = { id: number; uuid: string; legacyId: string; assetId: number; productId: number };
type Ids = {
  orderNumber: string;
  orderId: number;
  orderItemId: number;
  addressId: number;
  messageId: number;
  returnId: number;
  subscriptionId: number;
  wishlistProductId: number;
  cartItemId: number;
  design: DesignIds;
};
/** What a caller holds: a Bearer token, a designer session cookie, a cart session id, an email. */
type Credentials = { token?: string; designSession?: string; cartSession: string; email?: string };
type Owner = "customer" | "designer session" | "cart session" | "order email";

type Recipe = {
  operation: string;
  variant?: string;
  owner: Owner;
  /** A design endpoint: the spec answers 403 to a caller who does not own a design that exists. */
  designOwnership?: boolean;
  /** Not found for everyone while private, owner included (a shared design's public page). */
  publicOnly?: boolean;
  request: (ids: Ids, who: Credentials) => OperationRequest & { values?: Record<string, string> };
};

const png = () => sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 9, g: 9, b: 9 } } }).png().toBuffer();
let image: Buffer;
const imageForm = (fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(image)], { type: "image/png" }), "photo.png");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

const accountRecipes: Recipe[] = [
  { operation: "GET /account/addresses/{addressId}", owner: "customer", request: (ids) => ({ values: { addressId: String(ids.addressId) } }) },
  { operation: "PATCH /account/addresses/{addressId}", owner: "customer", request: (ids) => ({ values: { addressId: String(ids.addressId) }, body: { city: "Elsewhere", isDefaultBilling: true } }) },
  { operation: "DELETE /account/addresses/{addressId}", owner: "customer", request: (ids) => ({ values: { addressId: String(ids.addressId) } }) },
  { operation: "GET /account/orders/{orderNumber}", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber } }) },
  { operation: "POST /account/orders/{orderNumber}/cancel", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber }, body: { reason: "Changed my mind" } }) },
  {
    operation: "POST /account/orders/{orderNumber}/returns",
    owner: "customer",
    request: (ids) => ({ values: { orderNumber: ids.orderNumber }, body: { items: [{ orderItemId: ids.orderItemId, quantity: 1 }], reason: "Too small", resolution: "refund" } }),
  },
  { operation: "POST /account/orders/{orderNumber}/reorder", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber }, body: { sessionId: "authorization-matrix-reorder" } }) },
  { operation: "GET /account/orders/{orderNumber}/shipments", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber } }) },
  { operation: "GET /account/orders/{orderNumber}/payments", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber } }) },
  { operation: "GET /account/orders/{orderNumber}/refunds", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber } }) },
  {
    operation: "POST /account/orders/{orderNumber}/refunds",
    owner: "customer",
    request: (ids) => ({ values: { orderNumber: ids.orderNumber }, body: { items: [{ orderItemId: ids.orderItemId, quantity: 1 }], reason: "Did not fit" } }),
  },
  { operation: "POST /account/orders/{orderNumber}/retry-payment", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber } }) },
  { operation: "POST /account/orders/{orderNumber}/resend-confirmation", owner: "customer", request: (ids) => ({ values: { orderNumber: ids.orderNumber } }) },
  { operation: "GET /account/returns/{returnId}", owner: "customer", request: (ids) => ({ values: { returnId: String(ids.returnId) } }) },
  { operation: "GET /account/support/{messageId}", owner: "customer", request: (ids) => ({ values: { messageId: String(ids.messageId) } }) },
  { operation: "POST /account/support/{messageId}", owner: "customer", request: (ids) => ({ values: { messageId: String(ids.messageId) }, body: { body: "Any news?" } }) },
  { operation: "POST /account/support", variant: "naming the owner's order", owner: "customer", request: (ids) => ({ body: { subject: "About this order", body: "Hello", orderId: ids.orderId } }) },
  { operation: "GET /account/subscriptions/{subscriptionId}", owner: "customer", request: (ids) => ({ values: { subscriptionId: String(ids.subscriptionId) } }) },
  {
    operation: "POST /account/subscriptions/{subscriptionId}",
    owner: "customer",
    request: (ids) => ({ values: { subscriptionId: String(ids.subscriptionId) }, body: { action: "cancel", effective: "immediate", reason: "Mallory was here" } }),
  },
  { operation: "DELETE /account/wishlist", owner: "customer", request: (ids) => ({ body: { productId: ids.wishlistProductId } }) },
  { operation: "GET /orders/{orderNumber}", owner: "order email", request: (ids, who) => ({ values: { orderNumber: ids.orderNumber }, query: who.email ? `?email=${encodeURIComponent(who.email)}` : "" }) },
  { operation: "PUT /cart", owner: "cart session", request: (ids, who) => ({ body: { sessionId: who.cartSession, cartItemId: ids.cartItemId, quantity: 2 } }) },
];

// Every design operation, for a design of a signed-in customer and one of an anonymous session.
const designRecipes: Recipe[] = (["customer", "designer session"] as const).flatMap((owner): Recipe[] => {
  const numeric = (ids: Ids) => ({ designId: String(ids.design.id) });
  const legacy = (ids: Ids) => ({ designId: ids.design.legacyId });
  const guarded = { owner, designOwnership: true };
  return [
    { operation: "GET /designs/{designId}", ...guarded, request: (ids) => ({ values: numeric(ids) }) },
    { operation: "PUT /designs/{designId}", ...guarded, request: (ids) => ({ values: numeric(ids), body: { name: "Renamed" } }) },
    { operation: "DELETE /designs/{designId}", ...guarded, request: (ids) => ({ values: numeric(ids) }) },
    { operation: "GET /designs/{designId}", variant: "legacy", ...guarded, request: (ids) => ({ values: legacy(ids) }) },
    { operation: "PUT /designs/{designId}", variant: "legacy", ...guarded, request: (ids) => ({ values: legacy(ids), body: { name: "Renamed" } }) },
    { operation: "DELETE /designs/{designId}", variant: "legacy", ...guarded, request: (ids) => ({ values: legacy(ids) }) },
    { operation: "POST /designs/{designId}/share", ...guarded, request: (ids) => ({ values: numeric(ids), body: { isPublic: true } }) },
    { operation: "POST /designs/{designId}/share", variant: "legacy", ...guarded, request: (ids) => ({ values: legacy(ids), body: { isPublic: true } }) },
    { operation: "POST /designs/{designId}/clone", ...guarded, request: (ids) => ({ values: numeric(ids), body: {} }) },
    { operation: "POST /designs/{designId}/finalize", ...guarded, request: (ids) => ({ values: numeric(ids) }) },
    { operation: "POST /designs/{designId}/ai-image", ...guarded, request: (ids) => ({ values: numeric(ids), body: { prompt: "a lighthouse at dusk" } }) },
    { operation: "POST /designs/{designId}/ai-text", ...guarded, request: (ids) => ({ values: numeric(ids), body: { prompt: "a slogan for a bakery" } }) },
    { operation: "POST /designs/{designId}/assets", ...guarded, request: (ids) => ({ values: numeric(ids), form: imageForm() }) },
    { operation: "POST /designs/upload-image", ...guarded, request: (ids) => ({ form: imageForm({ designId: String(ids.design.id) }) }) },
    { operation: "POST /designs/generate-thumbnail", ...guarded, request: (ids) => ({ body: { designId: ids.design.id } }) },
    { operation: "POST /designs/assets", variant: "attaching to the design", ...guarded, request: (ids) => ({ body: { ids: [ids.design.assetId], designId: ids.design.id } }) },
    { operation: "POST /designs/assets", variant: "reading an upload", owner, request: (ids) => ({ body: { ids: [ids.design.assetId] } }) },
    {
      operation: "POST /designs",
      variant: "drawing the upload",
      owner,
      request: (ids) => ({ body: { productId: ids.design.productId, layers: [{ id: "i1", type: "image", side: "front", x: 50, y: 60, width: 40, height: 40, assetId: ids.design.assetId }] } }),
    },
    { operation: "GET /designs/public/{uuid}", variant: "not shared", owner, publicOnly: true, request: (ids) => ({ values: { uuid: ids.design.uuid } }) },
    {
      operation: "POST /cart",
      variant: "with the design",
      owner,
      request: (ids, who) => ({ body: { sessionId: who.cartSession, productId: ids.design.productId, designId: ids.design.id, quantity: 1 } }),
    },
    {
      operation: "POST /cart",
      variant: "with the legacy design",
      owner,
      request: (ids, who) => ({ body: { sessionId: who.cartSession, productId: ids.design.productId, designId: ids.design.legacyId, quantity: 1 } }),
    },
  ];
});

const recipes = [...accountRecipes, ...designRecipes];
const labelOf = (r: Recipe) => `${r.operation}${r.variant ? ` (${r.variant})` : ""}${r.owner === "customer" || r.owner === "designer session" ? ` of a ${r.owner}` : ""}`;

type Stranger = { name: string; onOtherSite: boolean; credentials: Credentials };

describe("authorization matrix of every operation that takes an object id", () => {
  let operations: StorefrontOperation[];
  let siteId: number;
  let otherSiteId: number;
  let owner: Credentials;
  let strangers: Stranger[];
  const ids = {} as Record<"customer" | "designer session", Ids>;
  let missing: Ids;

  const send = (recipe: Recipe, who: Credentials, objectIds: Ids, site: number): Promise<ApiResult> => {
    const op = operations.find((o) => o.operation === recipe.operation)!;
    const { values = {}, ...request } = recipe.request(objectIds, who);
    const headers = { ...bearer(who.token), ...(who.designSession ? { cookie: `${DESIGN_SESSION_COOKIE}=${who.designSession}` } : {}) };
    return callOperation(op, site, values, { ...request, headers });
  };
  const idsOf = (recipe: Recipe) => ids[recipe.owner === "designer session" ? "designer session" : "customer"];

  beforeAll(async () => {
    operations = await storefrontOperations();
    image = await png();
    const shop = await createCheckoutStore({ stripe: false });
    const otherShop = await createCheckoutStore({ stripe: false });
    // Customer refunds on, so the owner's refund goes through and a stranger's refusal is about the caller.
    await db().store.update({ where: { siteId: shop.siteId }, data: { refundPolicyEnabled: true } });
    siteId = shop.siteId;
    otherSiteId = otherShop.siteId;
    const [ownerCustomer, strangerCustomer, otherSiteCustomer] = [await signUp(siteId, { emailVerified: true }), await signUp(siteId), await signUp(otherSiteId)];

    // The owner's delivered order with a return, an address, a support thread, a wishlist item and a cart line.
    const placed = await postCheckout(siteId, { ...checkoutBody(await cartWith(siteId, shop.product.id, 3)), customerEmail: ownerCustomer.email }, bearer(ownerCustomer.token));
    const order = placed.body.data as { orderId: number; orderNumber: string };
    await markOrderPaid(order.orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId: order.orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId: order.orderId, to: "delivered", actor: "carrier" });
    // The other site's order of the same number, placed by someone else: "same id, other site" finds a real row there.
    const otherPlaced = await postCheckout(otherSiteId, checkoutBody(await cartWith(otherSiteId, otherShop.product.id, 1)));
    expect(otherPlaced.body.data.orderNumber).toBe(order.orderNumber);

    const orderItemId = (await db().orderItem.findFirstOrThrow({ where: { orderId: order.orderId } })).id;
    const address = await db().address.create({ data: { customerId: ownerCustomer.id, line1: "1 Owner Street", city: "Portland", country: "US" } });
    const message = await db().supportMessage.create({ data: { siteId, customerId: ownerCustomer.id, subject: "Owner's question", body: "Private words" } });
    const returnRequest = await db().returnRequest.create({
      data: { siteId, customerId: ownerCustomer.id, orderId: order.orderId, reason: "Too big", resolution: "refund", items: { create: [{ orderItemId, quantity: 1 }] } },
    });
    const wishlist = await db().wishlist.create({ data: { siteId, customerId: ownerCustomer.id } });
    await db().wishlistItem.create({ data: { wishlistId: wishlist.id, productId: shop.product.id } });
    // A subscription as Stripe's webhooks leave it (this demo store has no Stripe to start one through).
    const plan = await db().subscriptionPlan.create({ data: { siteId, productId: shop.product.id, name: "Monthly", interval: "month", price: 2000, currency: "USD" } });
    const subscription = await db().subscription.create({
      data: { siteId, customerId: ownerCustomer.id, planId: plan.id, quantity: 1, status: "active", stripeSubscriptionId: `sub_${randomUUID()}`, currentPeriodEnd: new Date(Date.now() + 86_400_000) },
    });
    const ownerCart = await cartWith(siteId, shop.product.id, 1);
    const cartItemId = (await db().cartItem.findFirstOrThrow({ where: { cart: { sessionId: ownerCart } } })).id;

    // Designs of both designers with an upload each, for the customer and for an anonymous session.
    const { product, style } = await designableProduct(siteId);
    const ownerSession = newToken();
    const designOf = async (who: { customerId: number | null; sessionId: string | null }): Promise<DesignIds> => {
      const design = await db().productDesign.create({ data: { siteId, productId: product.id, styleId: style.id, ...who, name: "Private artwork" } });
      const legacy = await db().legacyDesign.create({ data: { siteId, productId: product.id, ...who, name: "Private legacy artwork" } });
      const asset = await db().designAsset.create({
        data: { siteId, ...who, kind: "upload", url: "/media/private.png", storageKey: `private-${randomUUID()}.png`, mimeType: "image/png", fileSize: 10 },
      });
      return { id: design.id, uuid: design.uuid, legacyId: legacy.id, assetId: asset.id, productId: product.id };
    };
    const common = { orderNumber: order.orderNumber, orderId: order.orderId, orderItemId, addressId: address.id, messageId: message.id, returnId: returnRequest.id, subscriptionId: subscription.id, wishlistProductId: shop.product.id, cartItemId };
    ids.customer = { ...common, design: await designOf({ customerId: ownerCustomer.id, sessionId: null }) };
    ids["designer session"] = { ...common, design: await designOf({ customerId: null, sessionId: tokenDigest(ownerSession) }) };
    const absentId = 2_000_000_000;
    missing = {
      orderNumber: "ORD-99999999",
      orderId: absentId,
      orderItemId,
      addressId: absentId,
      messageId: absentId,
      returnId: absentId,
      subscriptionId: absentId,
      wishlistProductId: absentId,
      cartItemId: absentId,
      design: { id: absentId, uuid: randomUUID(), legacyId: randomUUID(), assetId: absentId, productId: product.id },
    };

    owner = { token: ownerCustomer.token, designSession: ownerSession, cartSession: ownerCart, email: ownerCustomer.email };
    // Strangers hold real credentials with objects of their own, so "not found" is not for want of a session.
    const strangerSession = newToken();
    await db().productDesign.create({ data: { siteId, productId: product.id, sessionId: tokenDigest(strangerSession) } });
    strangers = [
      { name: "another customer of the site", onOtherSite: false, credentials: { token: strangerCustomer.token, cartSession: await cartWith(siteId, shop.product.id, 1), email: strangerCustomer.email } },
      { name: "a guest without credentials", onOtherSite: false, credentials: { cartSession: randomUUID() } },
      { name: "another anonymous designer session", onOtherSite: false, credentials: { designSession: strangerSession, cartSession: randomUUID() } },
      { name: "the owner's cookie, cart and email on another site (same ids)", onOtherSite: true, credentials: { designSession: ownerSession, cartSession: ownerCart, email: ownerCustomer.email } },
      { name: "the owner's token on another site (same ids)", onOtherSite: true, credentials: { token: ownerCustomer.token, cartSession: ownerCart } },
      { name: "a customer of another site", onOtherSite: false, credentials: { token: otherSiteCustomer.token, cartSession: randomUUID(), email: otherSiteCustomer.email } },
    ];
  });

  it("knows how to reach the object of every operation that takes an id, and classifies every other operation", () => {
    const names = operations.map((o) => o.operation);
    const withRecipe = new Set(recipes.map((r) => r.operation));
    const idInPath = operations.filter((o) => o.params.length > 0).map((o) => o.operation);
    expect(idInPath.filter((name) => !withRecipe.has(name) && !PUBLIC_BY_ID.includes(name))).toEqual([]);
    expect(names.filter((name) => !withRecipe.has(name) && !PUBLIC_BY_ID.includes(name) && !(name in TAKES_NO_OBJECT_ID))).toEqual([]);
    // And nothing here names an operation that no longer exists.
    expect([...withRecipe, ...PUBLIC_BY_ID, ...Object.keys(TAKES_NO_OBJECT_ID)].filter((name) => !names.includes(name))).toEqual([]);
  });

  it("checksums every table but the bookkeeping ones", async () => {
    const tables = Object.keys(await tableChecksums(BOOKKEEPING_TABLES));
    expect(tables).toEqual(expect.arrayContaining(["Order", "CartItem", "ProductDesign", "LegacyDesign", "DesignAsset", "Address", "SupportReply", "WishlistItem", "ReturnRequest", "AiUsage"]));
    expect(tables.filter((t) => BOOKKEEPING_TABLES.includes(t))).toEqual([]);
  });

  // One test per operation, so a slow run never meets the timeout and a failure names its operation.
  for (const recipe of recipes) {
    it(`${labelOf(recipe)}: every stranger gets the answer for a missing id (or the spec's 403) and changes no row`, async () => {
      for (const stranger of strangers) {
        const label = `${labelOf(recipe)} by ${stranger.name}`;
        const site = stranger.onOtherSite ? otherSiteId : siteId;
        const before = await tableChecksums(BOOKKEEPING_TABLES);
        const answer = await send(recipe, stranger.credentials, idsOf(recipe), site);
        expect({ label, changed: changedTables(before, await tableChecksums(BOOKKEEPING_TABLES)) }).toEqual({ label, changed: [] });
        const absent = await send(recipe, stranger.credentials, missing, site);

        const asNotFound = answer.status === absent.status && answer.text === absent.text;
        const specForbidden = recipe.designOwnership === true && answer.status === 403 && JSON.stringify(answer.body) === JSON.stringify(DESIGN_FORBIDDEN);
        expect({ label, answer: asNotFound || specForbidden ? "as for a missing id" : { status: answer.status, body: answer.body, missing: absent.body } }).toEqual({
          label,
          answer: "as for a missing id",
        });
      }
    });
  }

  it("lets the owner through on every operation, so the answers above are about the caller", async () => {
    // Reads first, deletes last. Refused on their merits: a delivered order's cancel and payment retry, a subscription change and the AI tools
    // (no provider key here) and finalizing a design with no artwork.
    const order = ["GET", "PUT", "POST", "PATCH", "DELETE"];
    const merits: Record<string, number> = {
      "POST /account/orders/{orderNumber}/cancel": 409,
      "POST /account/orders/{orderNumber}/retry-payment": 409,
      // Subscriptions need the store's Stripe account, which this demo store has not.
      "POST /account/subscriptions/{subscriptionId}": 403,
      "POST /designs/{designId}/ai-image": 503,
      "POST /designs/{designId}/ai-text": 503,
      "POST /designs/{designId}/finalize": 400,
    };
    const sorted = recipes.filter((r) => !r.publicOnly).sort((a, b) => order.indexOf(a.operation.split(" ")[0]) - order.indexOf(b.operation.split(" ")[0]));
    for (const recipe of sorted) {
      const answer = await send(recipe, owner, idsOf(recipe), siteId);
      const expected = merits[recipe.operation] ?? "2xx";
      expect({ label: labelOf(recipe), status: answer.status < 300 ? "2xx" : answer.status, body: answer.status < 300 ? null : answer.body }).toMatchObject({ label: labelOf(recipe), status: expected });
    }
  });
});
