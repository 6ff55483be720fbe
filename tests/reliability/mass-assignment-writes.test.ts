import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as addressRoute from "@/app/api/storefront/[siteId]/account/addresses/[addressId]/route";
import * as addressesRoute from "@/app/api/storefront/[siteId]/account/addresses/route";
import * as refundsRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/refunds/route";
import * as returnsRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/returns/route";
import * as accountRoute from "@/app/api/storefront/[siteId]/account/route";
import * as supportRoute from "@/app/api/storefront/[siteId]/account/support/route";
import * as wishlistRoute from "@/app/api/storefront/[siteId]/account/wishlist/route";
import * as authRoute from "@/app/api/storefront/[siteId]/auth/route";
import * as cartRoute from "@/app/api/storefront/[siteId]/cart/route";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import * as discountRoute from "@/app/api/storefront/[siteId]/discount/validate/route";
import * as giftRoute from "@/app/api/storefront/[siteId]/gift-certificates/validate/route";
import type { z } from "zod";
import { updateProfileSchema } from "@/lib/customers/update-customer-profile";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { cardValueOfGoods } from "@/lib/orders/refund-amounts";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { inputJsonSchema } from "../support/schema-fuzz";
import { documentedOperations } from "../support/storefront-routes";

// Mass assignment (issue 7): every write, sent with extra fields that name columns the client must
// never set, stores exactly what it would have stored without them. Rows are read back from the
// database and compared, never the API's answer.

const PROTECTED_FIELDS = [
  "role", "emailVerified", "passwordHash", "total", "subtotal", "discountTotal", "status", "paymentStatus",
  "usedCount", "balance", "remainingAmount", "unitPrice", "price", "siteId", "customerId", "cartId", "id",
  "createdAt", "updatedAt", "isTemplate", "isPublic", "deletedAt", "orderId", "sessionId",
  "amount", "requestedBy", "providerRefundId",
  "lifetimeEarned", "redeemed", "loyaltyPointsRedeemed", "loyaltyDiscountTotal", "loyaltyPointsRevoked", "loyaltyPointsReturned",
];

type Shop = Awaited<ReturnType<typeof createCheckoutStore>>;
let shop: Shop;
let me: Awaited<ReturnType<typeof signUp>>;
let other: Awaited<ReturnType<typeof signUp>>;
const RUNS = 12;

beforeAll(async () => {
  shop = await createCheckoutStore({ stripe: false });
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 10_000, designable: true } });
  [me, other] = await Promise.all([signUp(shop.siteId, { emailVerified: true }), signUp(shop.siteId)]);
});

/** The documented body schema of an operation, to leave its own fields out of the extras. */
function bodySchemaOf(name: string): z.ZodType {
  const operation = documentedOperations().find((o) => o.name === name);
  if (!operation?.body) throw new Error(`No body for ${name}`);
  return operation.body;
}

/** Extra fields naming protected columns, minus those the operation legitimately takes, with values an attacker would pick. */
function extraFields(operationName: string): fc.Arbitrary<Record<string, unknown>> {
  const schema = inputJsonSchema(bodySchemaOf(operationName));
  const own = new Set([schema, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap((s) => Object.keys(s.properties ?? {})));
  const keys = PROTECTED_FIELDS.filter((key) => !own.has(key));
  const value = fc.oneof(
    fc.constantFrom<unknown>(other.id, 1, 0, -1, 1, 2_147_483_647, true, false, null, "admin", "paid", "approved", "delivered", "2000-01-01T00:00:00.000Z", { set: 1 }),
    fc.integer(),
    fc.string({ maxLength: 12 }),
  );
  return fc.dictionary(fc.constantFrom(...keys), value, { minKeys: 1, maxKeys: keys.length });
}

const params = () => ({ siteId: String(shop.siteId) });
const post = (route: { POST: Parameters<typeof callRoute>[0] }, body: unknown, token: string | undefined = me.token, extraParams: Record<string, string> = {}) =>
  callRoute(route.POST, "/x", { params: { ...params(), ...extraParams }, method: "POST", body, headers: bearer(token) });

/** Columns a row must keep through an update; `updatedAt` moves by design. */
const withoutUpdatedAt = <T extends { updatedAt: Date }>(row: T) => ({ ...row, updatedAt: undefined });

describe("extra fields on every write never reach protected columns", () => {
  it("register: the customer is unverified, on this site, with a hash of the password sent", async () => {
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/auth"), async (extra) => {
        const started = new Date();
        const email = `mass-${randomUUID()}@example.com`;
        const result = await post(authRoute, { ...extra, action: "register", email, password: "long enough secret" }, undefined);
        expect(result.status, result.text).toBe(201);
        const row = await db().customer.findUniqueOrThrow({ where: { id: result.body.data.customer.id }, omit: { passwordHash: false } });
        expect(row).toMatchObject({ siteId: shop.siteId, email, emailVerified: false, firstName: null, lastName: null, phone: null });
        expect(row.passwordHash).toMatch(/^\$?(argon2id|scrypt)\$/);
        expect(row.passwordHash).not.toBe(extra.passwordHash);
        expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
        if (typeof extra.id === "number") expect(row.id).not.toBe(extra.id);
      }),
      { numRuns: RUNS },
    );
  });

  it("profile update: only the profile's own fields change", async () => {
    await fc.assert(
      fc.asyncProperty(extraFields("PATCH /api/storefront/{siteId}/account"), fc.string({ maxLength: 20 }), async (extra, firstName) => {
        const before = await db().customer.findUniqueOrThrow({ where: { id: me.id }, omit: { passwordHash: false } });
        const result = await callRoute(accountRoute.PATCH, "/x", { params: params(), method: "PATCH", body: { ...extra, firstName }, headers: bearer(me.token) });
        expect(result.status, result.text).toBe(200);
        const after = await db().customer.findUniqueOrThrow({ where: { id: me.id }, omit: { passwordHash: false } });
        expect(withoutUpdatedAt(after)).toEqual(withoutUpdatedAt({ ...before, firstName: updateProfileSchema.parse({ firstName }).firstName }));
      }),
      { numRuns: RUNS },
    );
  });

  it("address add and edit: the row belongs to the caller, with a server id and timestamps", async () => {
    const address = { line1: "1 Main St", city: "Portland", postalCode: "97201", country: "US" };
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/account/addresses"), async (extra) => {
        const started = new Date(Date.now() - 1000);
        const created = await post(addressesRoute, { ...extra, ...address });
        expect(created.status, created.text).toBe(201);
        const row = await db().address.findUniqueOrThrow({ where: { id: created.body.data.id } });
        expect(row.customerId).toBe(me.id);
        expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(started.getTime());
        const edited = await callRoute(addressRoute.PATCH, "/x", { params: { ...params(), addressId: String(row.id) }, method: "PATCH", body: { ...extra, ...address, city: "Salem" }, headers: bearer(me.token) });
        expect(edited.status, edited.text).toBe(200);
        const after = await db().address.findUniqueOrThrow({ where: { id: row.id } });
        expect(withoutUpdatedAt(after)).toEqual(withoutUpdatedAt({ ...row, city: "Salem" }));
      }),
      { numRuns: RUNS },
    );
  });

  it("cart add and update: the unit price is the product's, the cart this session's on this site", async () => {
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/cart"), async (extra) => {
        const sessionId = randomUUID();
        const added = await post(cartRoute, { ...extra, sessionId, productId: shop.product.id, quantity: 2 }, undefined);
        expect(added.status, added.text).toBe(200);
        const item = await db().cartItem.findUniqueOrThrow({ where: { id: added.body.data.id }, include: { cart: true } });
        expect(item).toMatchObject({ unitPrice: shop.product.price, quantity: 2, productId: shop.product.id });
        expect(item.cart).toMatchObject({ siteId: shop.siteId, sessionId, customerId: null, status: "active" });
        const updated = await callRoute(cartRoute.PUT, "/x", { params: params(), method: "PUT", body: { ...extra, sessionId, cartItemId: item.id, quantity: 3 } });
        expect(updated.status, updated.text).toBe(200);
        const after = await db().cartItem.findUniqueOrThrow({ where: { id: item.id }, include: { cart: true } });
        expect(after).toMatchObject({ unitPrice: shop.product.price, quantity: 3, cartId: item.cartId });
        expect(after.cart).toMatchObject({ siteId: shop.siteId, customerId: null, status: "active" });
      }),
      { numRuns: RUNS },
    );
  });

  it("checkout: totals, status and owner are the server's", async () => {
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/checkout"), async (extra) => {
        const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
        const result = await postCheckout(shop.siteId, { ...extra, ...checkoutBody(sessionId, { shippingRateId: shop.rateId }) });
        expect(result.status, result.text).toBe(200);
        const order = await db().order.findUniqueOrThrow({ where: { id: result.body.data.orderId } });
        // One $25.00 tee to Oregon: $9.95 shipping, 7.7% tax on the goods.
        expect(order).toMatchObject({ siteId: shop.siteId, customerId: null, status: "pending", paymentStatus: "pending", subtotal: 2500, discountTotal: 0, giftCertificateTotal: 0, shippingTotal: 995 });
        expect(order.total).toBe(order.subtotal + order.shippingTotal + order.taxTotal);
      }),
      { numRuns: RUNS },
    );
  });

  it("wishlist, support and designs: rows belong to the caller with server-set status", async () => {
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/account/wishlist"), extraFields("POST /api/storefront/{siteId}/account/support"), extraFields("POST /api/storefront/{siteId}/designs"), async (forWishlist, forSupport, forDesign) => {
        const wished = await post(wishlistRoute, { ...forWishlist, productId: shop.product.id });
        expect(wished.status, wished.text).toBe(200);
        const wishlists = await db().wishlist.findMany({ where: { items: { some: { productId: shop.product.id } } }, select: { customerId: true, siteId: true } });
        expect(wishlists).toEqual([{ customerId: me.id, siteId: shop.siteId }]);

        const thread = await post(supportRoute, { ...forSupport, subject: "Where is it?", body: "Please help" });
        expect(thread.status, thread.text).toBe(201);
        expect(await db().supportMessage.findUniqueOrThrow({ where: { id: thread.body.data.id } })).toMatchObject({ siteId: shop.siteId, customerId: me.id, orderId: null, status: "open" });

        const design = await post(designsRoute, { ...forDesign, productId: shop.product.id, name: "Mine" });
        expect(design.status, design.text).toBe(201);
        expect(await db().productDesign.findUniqueOrThrow({ where: { id: design.body.data.id } })).toMatchObject({
          siteId: shop.siteId, customerId: me.id, sessionId: null, status: "draft", isPublic: false, isTemplate: false, deletedAt: null,
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("return request: status is requested, owner and order the caller's", async () => {
    const checkout = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 50)), customerEmail: me.email });
    const { orderId, orderNumber } = checkout.body.data as { orderId: number; orderNumber: string };
    await markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });
    await transitionOrder(db(), { orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId, to: "delivered", actor: "carrier" });
    const orderItemId = (await db().orderItem.findFirstOrThrow({ where: { orderId } })).id;
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/account/orders/{orderNumber}/returns"), async (extra) => {
        const result = await post(returnsRoute, { ...extra, items: [{ orderItemId, quantity: 1 }], reason: "Too small", resolution: "refund" }, me.token, { orderNumber });
        expect(result.status, result.text).toBe(201);
        const row = await db().returnRequest.findUniqueOrThrow({ where: { id: result.body.data.id } });
        expect(row).toMatchObject({ siteId: shop.siteId, orderId, customerId: me.id, status: "requested" });
      }),
      { numRuns: RUNS },
    );
  });

  it("refund: the amount is the server's, the refund the caller's, its status the provider's", async () => {
    await db().store.update({ where: { siteId: shop.siteId }, data: { refundPolicyEnabled: true } });
    const checkout = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, shop.product.id, 50)), customerEmail: me.email });
    const { orderId, orderNumber } = checkout.body.data as { orderId: number; orderNumber: string };
    await markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    const orderItemId = (await db().orderItem.findFirstOrThrow({ where: { orderId } })).id;
    let refunded = 0;
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/account/orders/{orderNumber}/refunds"), async (extra) => {
        const result = await post(refundsRoute, { ...extra, items: [{ orderItemId, quantity: 1 }], reason: "Did not fit" }, me.token, { orderNumber });
        expect(result.status, result.text).toBe(201);
        const row = await db().refund.findUniqueOrThrow({ where: { id: result.body.data.id }, include: { items: true } });
        const expected = cardValueOfGoods(order, (refunded + 1) * 2500) - cardValueOfGoods(order, refunded * 2500);
        refunded++;
        expect(row).toMatchObject({ orderId, amount: expected, status: "succeeded", requestedBy: "customer" });
        expect(row.providerRefundId).toMatch(/^demo_re_/);
        expect(row.items).toEqual([expect.objectContaining({ orderItemId, quantity: 1, amount: expected })]);
      }),
      { numRuns: RUNS },
    );
  });

  it("discount and gift certificate checks change no usage count or balance", async () => {
    const rows = async () => ({
      discounts: await db().discountCode.findMany({ where: { siteId: shop.siteId }, orderBy: { id: "asc" } }),
      gifts: await db().giftCertificate.findMany({ where: { siteId: shop.siteId }, orderBy: { id: "asc" } }),
    });
    const before = await rows();
    await fc.assert(
      fc.asyncProperty(extraFields("POST /api/storefront/{siteId}/discount/validate"), extraFields("POST /api/storefront/{siteId}/gift-certificates/validate"), async (forDiscount, forGift) => {
        expect((await post(discountRoute, { ...forDiscount, code: "TENOFF", subtotal: 5000 })).status).toBe(200);
        expect((await post(giftRoute, { ...forGift, code: "GIFT-50" })).status).toBe(200);
      }),
      { numRuns: RUNS },
    );
    expect(await rows()).toEqual(before);
  });
});
