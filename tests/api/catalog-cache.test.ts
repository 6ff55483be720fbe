import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import * as cartRoute from "@/app/api/storefront/[siteId]/cart/route";
import * as categoriesRoute from "@/app/api/storefront/[siteId]/categories/route";
import * as productRoute from "@/app/api/storefront/[siteId]/products/[slug]/route";
import * as reviewsRoute from "@/app/api/storefront/[siteId]/products/[slug]/reviews/route";
import * as productsRoute from "@/app/api/storefront/[siteId]/products/route";
import { cachedCatalogRead, closeCatalogCache } from "@/lib/catalog/cache/catalog-cache";
import { taxRateForDestination } from "@/lib/checkout/price-inputs";
import { paymentSettings } from "@/lib/payments/payment-settings";
import { listManualRates } from "@/lib/shipping/manual-rates";
import { installQueryLoggingDb } from "../support/query-log";
import { callRoute } from "../support/api";
import { collected, runAsRequest } from "../support/collect-garbage";
import { createCustomerWithFastHash } from "../support/customers";
import { createCategory, createProduct, createProductWithVariants, createSite } from "../support/fixtures";

// Tests keep the cache off (they write rows and read them back at once); this file turns it on,
// before lib/env reads the environment.
vi.hoisted(() => {
  process.env.CATALOG_CACHE = "on";
});

// Catalogue reads are served from memory until PostgreSQL notifies a change. The queries each
// request sends are counted: a cached answer sends none.
describe("the catalogue cache", () => {
  const { prisma, logged: queries } = installQueryLoggingDb();
  // Another instance, or the merchant's own tool: writes outside this process's Prisma client.
  const elsewhere = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });

  let siteA: number;
  let siteB: number;
  let slugA: string;
  let slugB: string;

  const getProducts = (siteId: number) =>
    callRoute(productsRoute.GET, `/api/storefront/${siteId}/products`, { params: { siteId: String(siteId) } });
  const getProduct = (siteId: number, slug: string) =>
    callRoute(productRoute.GET, `/api/storefront/${siteId}/products/${slug}`, { params: { siteId: String(siteId), slug } });
  const getCategories = (siteId: number) =>
    callRoute(categoriesRoute.GET, `/api/storefront/${siteId}/categories`, { params: { siteId: String(siteId) } });
  const queriesOf = async <T>(call: () => Promise<T>) => {
    queries.length = 0;
    const result = await call();
    return { result, queries: queries.length };
  };
  /** Reads until `fresh` holds, for at most `ms`; answers how long the change took to show. */
  const untilFresh = async (read: () => Promise<boolean>, ms = 2_000) => {
    const started = Date.now();
    while (!(await read())) {
      if (Date.now() - started > ms) throw new Error(`still stale after ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Date.now() - started;
  };

  beforeAll(async () => {
    siteA = (await createSite()).id;
    siteB = (await createSite()).id;
    const category = await createCategory(siteA, { slug: "mugs", name: "Mugs" });
    slugA = (await createProductWithVariants(siteA, [{ size: "S", inventory: 3 }], { slug: "mug-a", price: 1200, categoryId: category.id })).product.slug;
    slugB = (await createProduct(siteB, { slug: "mug-b", price: 900 })).slug;
    // The change feed connects on the first cached read; until it listens, reads go to the database.
    await untilFresh(async () => (await queriesOf(() => getProducts(siteA))).queries === 0, 10_000);
  });
  afterAll(async () => {
    await closeCatalogCache();
    await elsewhere.end();
    await prisma.$disconnect();
  });

  it("answers repeated list, detail and category reads without a query", async () => {
    for (const read of [() => getProducts(siteA), () => getProduct(siteA, slugA), () => getCategories(siteA)]) {
      const first = await queriesOf(read);
      const second = await queriesOf(read);
      expect(second.queries).toBe(0);
      expect(second.result).toMatchObject({ status: 200, text: (first.result as { text: string }).text });
    }
  });

  it("shows a price changed by another connection within milliseconds", async () => {
    expect((await getProduct(siteA, slugA)).body.data.price).toBe(1200);
    await elsewhere.query(`UPDATE "Product" SET price = 1500 WHERE "siteId" = $1 AND slug = $2`, [siteA, slugA]);
    const took = await untilFresh(async () => (await getProduct(siteA, slugA)).body.data.price === 1500);
    expect(took).toBeLessThan(1_000);
    expect((await getProducts(siteA)).body.data[0].price).toBe(1500);
  });

  it("shows a variant's stock change, a new image and a renamed category", async () => {
    await getProduct(siteA, slugA);
    await elsewhere.query(`UPDATE "ProductVariant" SET inventory = 0 WHERE "productId" = (SELECT id FROM "Product" WHERE "siteId" = $1 AND slug = $2)`, [siteA, slugA]);
    await untilFresh(async () => (await getProduct(siteA, slugA)).body.data.inStock === false);

    await elsewhere.query(`INSERT INTO "ProductImage" ("productId", url) SELECT id, '/media/new.png' FROM "Product" WHERE "siteId" = $1 AND slug = $2`, [siteA, slugA]);
    await untilFresh(async () => (await getProduct(siteA, slugA)).body.data.images.length === 1);

    await getCategories(siteA);
    await elsewhere.query(`UPDATE "Category" SET name = 'Cups' WHERE "siteId" = $1 AND slug = 'mugs'`, [siteA]);
    await untilFresh(async () => (await getCategories(siteA)).body.data[0].name === "Cups");
  });

  it("shows a review once the merchant approves it, and the product's new rating", async () => {
    const getReviews = () =>
      callRoute(reviewsRoute.GET, `/api/storefront/${siteA}/products/${slugA}/reviews`, { params: { siteId: String(siteA), slug: slugA } });
    const customer = await createCustomerWithFastHash(siteA, "unused password 1");
    const { rows } = await elsewhere.query<{ id: number }>(
      `INSERT INTO "ProductReview" ("siteId", "productId", "customerId", rating, title, body, "updatedAt")
       SELECT $1, id, $2, 4, 'Solid', 'Holds tea.', now() FROM "Product" WHERE "siteId" = $1 AND slug = $3 RETURNING id`,
      [siteA, customer.id, slugA],
    );
    // Pending: not shown, and the empty page is cached once the insert's own notification is in.
    await untilFresh(async () => (await queriesOf(getReviews)).queries === 0);
    expect((await getReviews()).body.data).toEqual([]);
    await elsewhere.query(`UPDATE "ProductReview" SET status = 'approved' WHERE id = $1`, [rows[0].id]);
    await untilFresh(async () => (await getReviews()).body.data.length === 1);
    await untilFresh(async () => (await getProduct(siteA, slugA)).body.data.rating.count === 1);
  });

  it("drops a site's entries when its subscription plans change, but not when a plan's Stripe Price is stored", async () => {
    const heard: string[] = [];
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await listener.connect();
    try {
      listener.on("notification", ({ payload }) => heard.push(payload!));
      await listener.query("LISTEN storefront_catalog");
      const product = `(SELECT id FROM "Product" WHERE "siteId" = $1 AND slug = $2)`;
      const { rows } = await elsewhere.query<{ id: number }>(
        `INSERT INTO "SubscriptionPlan" ("siteId", "productId", name, interval, price, currency, "updatedAt") SELECT $1, id, 'Monthly', 'month', 1000, 'USD', now() FROM "Product" WHERE "siteId" = $1 AND slug = $2 RETURNING id`,
        [siteA, slugA],
      );
      expect(rows).toHaveLength(1);
      await elsewhere.query(`UPDATE "SubscriptionPlan" SET "stripePriceId" = 'price_1' WHERE "productId" = ${product}`, [siteA, slugA]);
      await elsewhere.query(`UPDATE "SubscriptionPlan" SET price = 900 WHERE "productId" = ${product}`, [siteA, slugA]);
      await elsewhere.query(`DELETE FROM "SubscriptionPlan" WHERE "productId" = ${product}`, [siteA, slugA]);
      // Notifications arrive in commit order: once this one is in, every one before it is.
      await elsewhere.query("SELECT pg_notify('storefront_catalog', 'done')");
      await untilFresh(async () => heard.includes("done"));
      expect(heard).toEqual([String(siteA), String(siteA), String(siteA), "done"]);
    } finally {
      await listener.end();
    }
  });

  it("keeps another site's entries when one site changes", async () => {
    await getProduct(siteB, slugB);
    await elsewhere.query(`UPDATE "Product" SET price = price + 1 WHERE "siteId" = $1`, [siteA]);
    await untilFresh(async () => (await queriesOf(() => getProducts(siteA))).queries > 0);
    expect((await queriesOf(() => getProduct(siteB, slugB))).queries).toBe(0);
  });

  it("never keeps a change that was rolled back, and sees a disabled store at once", async () => {
    const client = await elsewhere.connect();
    try {
      await client.query("BEGIN");
      await client.query(`UPDATE "Product" SET price = 1 WHERE "siteId" = $1`, [siteB]);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect((await getProduct(siteB, slugB)).body.data.price).toBe(900);

    await elsewhere.query(`UPDATE "Store" SET enabled = false WHERE "siteId" = $1`, [siteB]);
    await untilFresh(async () => (await getProduct(siteB, slugB)).status === 404);
    await elsewhere.query(`UPDATE "Store" SET enabled = true WHERE "siteId" = $1`, [siteB]);
    await untilFresh(async () => (await getProduct(siteB, slugB)).status === 200);
  });

  it("keeps the shipping zones, tax rates and payment keys checkout reads until they change", async () => {
    const destination = { country: "US", state: "CA", postalCode: null, city: null };
    const { rows } = await elsewhere.query<{ id: number }>(`INSERT INTO "ShippingZone" ("siteId", name, countries, states) VALUES ($1, 'US', '{US}', '{}') RETURNING id`, [siteB]);
    await elsewhere.query(`INSERT INTO "ShippingRate" ("zoneId", name, price) VALUES ($1, 'Standard', 500)`, [rows[0].id]);
    const ratePrice = async () => (await listManualRates(siteB, destination))[0]?.price;
    await untilFresh(async () => (await ratePrice()) === 500);
    await elsewhere.query(`INSERT INTO "TaxRate" ("siteId", name, country, rate) VALUES ($1, 'US', 'US', 700)`, [siteB]);
    await untilFresh(async () => (await taxRateForDestination(siteB, destination))?.rate === 700);
    const publishableKey = async () => (await paymentSettings(siteB))?.stripePublishableKey;
    const readAll = async () => [await ratePrice(), await taxRateForDestination(siteB, destination), await publishableKey()];
    // The inserts' notifications may come after the reads above: cached once they are in.
    await untilFresh(async () => (await queriesOf(readAll)).queries === 0);
    expect(await readAll()).toEqual([500, expect.objectContaining({ rate: 700 }), null]);

    await elsewhere.query(`UPDATE "ShippingRate" SET price = 650 WHERE "zoneId" = $1`, [rows[0].id]);
    await untilFresh(async () => (await ratePrice()) === 650);
    await elsewhere.query(`UPDATE "TaxRate" SET rate = 725 WHERE "siteId" = $1`, [siteB]);
    await untilFresh(async () => (await taxRateForDestination(siteB, destination))?.rate === 725);
    await elsewhere.query(`UPDATE "Store" SET "stripePublishableKey" = 'pk_test_new' WHERE "siteId" = $1`, [siteB]);
    await untilFresh(async () => (await publishableKey()) === "pk_test_new");
  });

  it("knows the products a cart can take without a query, and forgets a withdrawn one at once", async () => {
    const { id: productId } = await createProduct(siteB, { slug: "cart-mug", price: 700, inventory: 50 });
    // Each into a new cart, so that every add writes the same rows.
    const add = () =>
      callRoute(cartRoute.POST, `/api/storefront/${siteB}/cart`, { params: { siteId: String(siteB) }, method: "POST", body: { sessionId: randomUUID(), productId, quantity: 1 } });
    // Once the insert's own notification is in, the site's store is cached and the product is not yet.
    await untilFresh(async () => (await queriesOf(() => getProduct(siteB, slugB))).queries === 0);
    const first = await queriesOf(add);
    const second = await queriesOf(add);
    expect(first.result.status).toBe(200);
    expect(second.queries).toBe(first.queries - 1);
    await elsewhere.query(`UPDATE "Product" SET status = 'draft' WHERE id = $1`, [productId]);
    await untilFresh(async () => (await add()).status === 404);
  });

  it("keeps the site's cache when an order takes its number", async () => {
    await getProduct(siteB, slugB);
    await untilFresh(async () => (await queriesOf(() => getProduct(siteB, slugB))).queries === 0);
    await elsewhere.query(`INSERT INTO "OrderCounter" ("siteId", value) VALUES ($1, 1) ON CONFLICT ("siteId") DO UPDATE SET value = "OrderCounter".value + 1`, [siteB]);
    // Another write that does notify, made after it: once it shows, the first one's notification would have too.
    await elsewhere.query(`UPDATE "Product" SET price = price + 1 WHERE "siteId" = $1`, [siteA]);
    await untilFresh(async () => (await queriesOf(() => getProducts(siteA))).queries > 0);
    expect((await queriesOf(() => getProduct(siteB, slugB))).queries).toBe(0);
  });

  it("keeps the answer it cached, not the request that first asked for it", async () => {
    // Next.js keeps each request's render state in AsyncLocalStorage, and a promise made during a
    // request holds that request's store: a cached promise would keep the whole render alive.
    const state = await runAsRequest(() => cachedCatalogRead(siteA, "held-request-test", async () => ({ answer: 42 })));
    expect(await collected(state)).toBe(true);
    await expect(cachedCatalogRead(siteA, "held-request-test", () => Promise.reject(new Error("read again")))).resolves.toEqual({ answer: 42 });
  });

  it.runIf(inject("databaseKind") === "postgres")("reads from the database while its change feed is down, and caches again once it is back", async () => {
    await getProduct(siteB, slugB);
    await elsewhere.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN storefront_catalog'`);
    // A change made while nobody listens is still seen.
    await elsewhere.query(`UPDATE "Product" SET price = 950 WHERE "siteId" = $1`, [siteB]);
    await untilFresh(async () => (await getProduct(siteB, slugB)).body.data.price === 950);
    // The feed reconnects after its pause, and the cache serves again.
    await untilFresh(async () => (await queriesOf(() => getProduct(siteB, slugB))).queries === 0, 15_000);
  });
});
