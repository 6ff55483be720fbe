import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { BUILD_TIMEOUT_MS, ensureProductionBuild, startAppInstance, type AppInstance } from "../support/app-instances";
import { createProduct, createSite } from "../support/fixtures";

// Product pages are rendered once and then served from each instance's page cache
// (lib/catalog/cache/page-cache-handler.js) until PostgreSQL reports a change to their site.
// Two instances of the production build on one database: a change made by neither (the
// merchant's tool) must show on both, and a change to another site must not empty the cache.

const instances: AppInstance[] = [];

beforeAll(async () => {
  ensureProductionBuild();
  const shared = { DATABASE_URL: inject("databaseUrl"), DATABASE_POOL_SIZE: "5", AUTH_SECRET: "page-cache-secret-page-cache-secret" };
  // One after the other: two cold starts at once on a 2-core machine only make both slower.
  instances.push(await startAppInstance("page-cache-a", shared));
  instances.push(await startAppInstance("page-cache-b", shared));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
});

async function page(instance: AppInstance, path: string) {
  const response = await fetch(`${instance.origin}${path}`);
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
}

/** Requests the page until the instance serves it from its cache (it listens a moment after start). */
async function untilCached(instance: AppInstance, path: string) {
  const started = Date.now();
  for (;;) {
    const answer = await page(instance, path);
    if (answer.cache === "HIT") return answer;
    expect(Date.now() - started, `${instance.name} never served ${path} from its cache:\n${instance.output()}`).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the product page cache", () => {
  it("serves the page from memory, and shows a product change made elsewhere on every instance within a second", async () => {
    const site = await createSite();
    // Made first: a new site (a domain may change hands) drops every site's pages.
    const other = await createSite();
    const product = await createProduct(site.id, { name: "Enamel Camp Mug", price: 1800 });
    const path = `/s/${site.id}/store/products/${product.slug}`;
    for (const instance of instances) {
      const cached = await untilCached(instance, path);
      expect(cached.status).toBe(200);
      expect(cached.html).toContain("Enamel Camp Mug");
      expect(cached.html).toContain("$18.00");
    }

    // Another site's change leaves this site's pages cached.
    await createProduct(other.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const instance of instances) expect((await page(instance, path)).cache, instance.name).toBe("HIT");

    // The merchant's tool, or a third instance: a write neither instance made.
    await db().product.update({ where: { id: product.id }, data: { name: "Stoneware Camp Mug", price: 2400 } });
    const started = Date.now();
    for (const instance of instances) {
      // PostgreSQL notifies the listening instances as the update commits, but the writer may hear
      // its commit a moment before they hear the notification: the request right after it finds
      // the page dropped in most runs, and within a few milliseconds in the others.
      for (;;) {
        const answer = await page(instance, path);
        if (answer.html.includes("Stoneware Camp Mug")) {
          expect(answer.html).toContain("$24.00");
          expect(answer.html).not.toContain("Enamel Camp Mug");
          break;
        }
        expect(Date.now() - started, `${instance.name} still shows the old product`).toBeLessThan(1_000);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Rendered afresh once, then cached again.
      expect((await untilCached(instance, path)).html).toContain("Stoneware Camp Mug");
    }
  });

  it("shows a subscription plan added elsewhere on every instance within a second", async () => {
    const site = await createSite();
    // Plans are offered only by a store with a Stripe account; rendering the page never calls it.
    await db().store.update({ where: { siteId: site.id }, data: { stripeSecretKey: "sk_test_page_cache", stripePublishableKey: "pk_test_page_cache" } });
    const product = await createProduct(site.id, { name: "Pour-over Filters", price: 1200 });
    const path = `/s/${site.id}/store/products/${product.slug}`;
    for (const instance of instances) expect((await untilCached(instance, path)).html).not.toContain("Subscribe &amp; save");

    await db().subscriptionPlan.create({ data: { siteId: site.id, productId: product.id, name: "Monthly", interval: "month", price: 1000, currency: "USD" } });
    const started = Date.now();
    for (const instance of instances) {
      while (!(await page(instance, path)).html.includes("Subscribe &amp; save")) {
        expect(Date.now() - started, `${instance.name} still shows the page without the plan`).toBeLessThan(1_000);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect((await untilCached(instance, path)).html).toContain("$10.00");
    }
  });
});
