import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as cartRoute from "@/app/api/storefront/[siteId]/cart/route";
import * as categoriesRoute from "@/app/api/storefront/[siteId]/categories/route";
import * as productRoute from "@/app/api/storefront/[siteId]/products/[slug]/route";
import * as productsRoute from "@/app/api/storefront/[siteId]/products/route";
import { DEMO_SITE_ID } from "@/prisma/seed/seed-demo";
import { installQueryLoggingDb } from "../support/query-log";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";

// Every request does a small, bounded number of queries, whatever the catalogue or cart holds:
// an N+1 (a query per product, line or category) breaks the budget as soon as there are several.
// The budgets are today's counts; lowering one is progress, raising one needs a reason.
const budgets = {
  // store, count, page (Prisma's relationJoins reads a row and its relations in one query)
  "GET /products": 3,
  "GET /products?search=": 3,
  // and the site's categories
  "GET /products?category=": 4,
  // store, product with every relation, and the approved reviews' rating (run beside it)
  "GET /products/{slug}": 3,
  "GET /categories": 3,
  // store and product check (both cached per site in production), then one statement: the database
  // function storefront_add_cart_item opens and locks the cart, checks stock, writes and prices the line
  "POST /cart": 3,
  "GET /cart": 2,
  // store, cart with its lines and SKUs, shipping zones, tax rates, payment keys (these three and the
  // store are cached per site in production), then in one transaction: order, lines, history, read
  // back, cart email, stock, order number, commit; then one statement records the payment intent
  // on the order and its attempt
  "POST /checkout": 14,
};

describe("queries per request", () => {
  const { prisma, logged: queries } = installQueryLoggingDb();
  afterAll(() => prisma.$disconnect());

  const site = String(DEMO_SITE_ID);
  const counted = async (call: () => Promise<{ status: number }>) => {
    queries.length = 0;
    const { status } = await call();
    expect(status).toBeLessThan(300);
    return queries.length;
  };
  const counts: Record<string, number> = {};
  let shop: Awaited<ReturnType<typeof createCheckoutStore>>;

  beforeAll(async () => {
    shop = await createCheckoutStore({ stripe: false });
  });

  it("stays within each endpoint's budget", async () => {
    const get = (handler: Parameters<typeof callRoute>[0], path: string, params: Record<string, string> = {}) =>
      counted(() => callRoute(handler, `/api/storefront/${site}${path}`, { params: { siteId: site, ...params } }));
    counts["GET /products"] = await get(productsRoute.GET, "/products?limit=24");
    counts["GET /products?search="] = await get(productsRoute.GET, "/products?search=tee");
    counts["GET /products?category="] = await get(productsRoute.GET, "/products?category=apparel");
    counts["GET /products/{slug}"] = await get(productRoute.GET, "/products/classic-crew-tee", { slug: "classic-crew-tee" });
    counts["GET /categories"] = await get(categoriesRoute.GET, "/categories");

    const siteId = String(shop.siteId);
    const sessionId = randomUUID();
    counts["POST /cart"] = await counted(() =>
      callRoute(cartRoute.POST, `/api/storefront/${siteId}/cart`, { params: { siteId }, method: "POST", body: { sessionId, productId: shop.product.id, quantity: 1 } }),
    );
    counts["GET /cart"] = await counted(() => callRoute(cartRoute.GET, `/api/storefront/${siteId}/cart?sessionId=${sessionId}`, { params: { siteId } }));
    const checkoutSession = await cartWith(shop.siteId, shop.product.id, 2);
    counts["POST /checkout"] = await counted(() => postCheckout(shop.siteId, checkoutBody(checkoutSession, { shippingRateId: shop.rateId })));

    console.log("queries per request:", counts);
    for (const [operation, budget] of Object.entries(budgets)) expect({ operation, withinBudget: counts[operation] <= budget }).toEqual({ operation, withinBudget: true });
  });

  it("does not grow with the size of a listing or a cart", async () => {
    const siteId = String(shop.siteId);
    const sessionId = randomUUID();
    const add = () => callRoute(cartRoute.POST, `/api/storefront/${siteId}/cart`, { params: { siteId }, method: "POST", body: { sessionId, productId: shop.product.id, quantity: 1 } });
    await add();
    const one = await counted(() => callRoute(cartRoute.GET, `/api/storefront/${siteId}/cart?sessionId=${sessionId}`, { params: { siteId } }));
    const { createProduct } = await import("../support/fixtures");
    for (let i = 0; i < 5; i++) {
      const product = await createProduct(shop.siteId, { name: `Extra ${i}`, price: 1000 + i, inventory: 10 });
      await callRoute(cartRoute.POST, `/api/storefront/${siteId}/cart`, { params: { siteId }, method: "POST", body: { sessionId, productId: product.id, quantity: 1 } });
    }
    const six = await counted(() => callRoute(cartRoute.GET, `/api/storefront/${siteId}/cart?sessionId=${sessionId}`, { params: { siteId } }));
    expect(six).toBe(one);
    const few = await counted(() => callRoute(productsRoute.GET, `/api/storefront/${siteId}/products?limit=2`, { params: { siteId } }));
    const many = await counted(() => callRoute(productsRoute.GET, `/api/storefront/${siteId}/products?limit=24`, { params: { siteId } }));
    expect(many).toBe(few);
  });
});
