import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProducts } from "@/lib/catalog/list-products";
import { PRODUCT_SORTS, listProductsQuerySchema } from "@/lib/catalog/schemas";
import { createCategory, createSite } from "../support/fixtures";
import { installQueryLoggingDb } from "../support/query-log";

const CATALOGUE_SIZE = 20_000;
const LEAF_CATEGORIES = 8;

// A large shop's product list must read one page from an index in the order of its sort, whole
// shop or one category, and never read every product of the table, nor count them all for the
// total. Capture the SQL the domain really runs on a big catalogue and ask the planner for each.
describe("product list on a large catalogue", () => {
  const { prisma, logged } = installQueryLoggingDb();
  let siteId: number;
  let leaf: { id: number; slug: string };
  let parent: { id: number; slug: string };
  let subcategoryIds: number[];

  beforeAll(async () => {
    siteId = (await createSite()).id;
    // A parent with two subcategories among eight leaves, so a parent lists its children's products too.
    parent = await createCategory(siteId);
    const leaves = [];
    for (let i = 0; i < LEAF_CATEGORIES; i++) leaves.push(await createCategory(siteId, { parentId: i === 1 || i === 2 ? parent.id : null }));
    // The category listed alone is a small one (one product in forty): there its own index is the
    // only good plan. A large one may as well be read from the shop's index, skipping the others',
    // and the planner picks either by its sampled statistics.
    leaf = leaves[0];
    subcategoryIds = [leaves[1].id, leaves[2].id];
    // Every eleventh product has no category; one in fifty is featured; each is a minute older than the last.
    const otherLeaves = leaves.slice(1).map((c) => c.id);
    await prisma.$executeRaw`
      INSERT INTO "Product" ("siteId", "categoryId", name, slug, "shortDescription", price, status, featured, "createdAt", "updatedAt")
      SELECT ${siteId},
             CASE WHEN n % 11 = 0 THEN NULL WHEN n % 40 = 0 THEN ${leaf.id} ELSE (${otherLeaves}::int[])[1 + n % ${otherLeaves.length}] END,
             'Everyday item ' || n, 'item-' || n, 'A plain thing, number ' || n, 500 + (n * 37) % 9500, 'active',
             n % 50 = 0, now() - make_interval(mins => n), now()
      FROM generate_series(1, ${CATALOGUE_SIZE}) AS n`;
    // What autovacuum does on a live database: refresh statistics and the visibility map.
    await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Product"`);
  }, 120_000);
  afterAll(() => prisma.$disconnect());

  // Every query of the listing that reads "Product", planned; the page is the one with a LIMIT.
  async function plansOf(query: Record<string, string>) {
    logged.length = 0;
    const { products, pagination } = await listProducts(siteId, listProductsQuerySchema.parse(query));
    const productQueries = logged.filter((l) => /FROM "public"\."Product"/.test(l.query));
    const plans = [];
    for (const { query: sql, params } of productQueries) {
      const rows = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...JSON.parse(params));
      plans.push({ sql, plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
    }
    const countsProducts = productQueries.some((l) => /COUNT\(/i.test(l.query));
    return { products, pagination, plans, countsProducts, page: plans.find((p) => /\bLIMIT\b/.test(p.sql)) };
  }

  // A sort of products; the page's first image is found by a joined subquery sorting that product's
  // images by their own "order", which is no sort of the page.
  const PRODUCT_SORT = /Sort Key:[^\n]*("createdAt"|"price"|"featured")/;

  const activeProducts = (categoryIds?: number[]) =>
    prisma.product.count({ where: { siteId, status: "active", ...(categoryIds && { categoryId: { in: categoryIds } }) } });

  it.each(PRODUCT_SORTS)("reads a page of the whole shop sorted by %s from an index, already in order", async (sort) => {
    const { products, pagination, plans, countsProducts, page } = await plansOf({ sort });
    expect(products).toHaveLength(24);
    expect(pagination.total).toBe(CATALOGUE_SIZE);
    expect(countsProducts, "the total comes from the kept per-category counts").toBe(false);
    for (const { plan } of plans) expect(plan).not.toMatch(/Seq Scan on "Product"/);
    expect(page, "the page query").toBeDefined();
    expect(page!.plan).toMatch(/Index Scan( Backward)? using "Product_siteId_status_/);
    expect(page!.plan, "no sort: the index is in the page's order").not.toMatch(PRODUCT_SORT);
  });

  it.each(PRODUCT_SORTS)("reads a page of one category sorted by %s from that category's index", async (sort) => {
    const { products, pagination, plans, countsProducts, page } = await plansOf({ sort, category: leaf.slug });
    expect(products).toHaveLength(24);
    expect(pagination.total).toBe(await activeProducts([leaf.id]));
    expect(countsProducts).toBe(false);
    for (const { plan } of plans) expect(plan).not.toMatch(/Seq Scan on "Product"/);
    expect(page!.plan).toMatch(/Index Scan( Backward)? using "Product_categoryId_siteId_status_/);
    expect(page!.plan, "no sort: the index is in the page's order").not.toMatch(PRODUCT_SORT);
  });

  it.each(PRODUCT_SORTS)("lists a category with its subcategories sorted by %s without reading the whole table", async (sort) => {
    const { products, pagination, plans, countsProducts } = await plansOf({ sort, category: parent.slug });
    expect(products).toHaveLength(24);
    expect(pagination.total).toBe(await activeProducts([parent.id, ...subcategoryIds]));
    expect(pagination.total).toBeGreaterThan((2 * CATALOGUE_SIZE) / (LEAF_CATEGORIES + 2));
    expect(countsProducts).toBe(false);
    expect(plans).toHaveLength(1);
    for (const { plan } of plans) expect(plan).not.toMatch(/Seq Scan on "Product"/);
  });

  it.each(PRODUCT_SORTS)("searches sorted by %s without reading the whole table", async (sort) => {
    // "item 42", "item 420" to "item 429" and "item 4200" to "item 4299".
    const { products, pagination, plans, countsProducts } = await plansOf({ sort, search: "item 42" });
    expect(products).toHaveLength(24);
    expect(pagination.total).toBe(111);
    expect(countsProducts, "a search counts its matches").toBe(true);
    expect(plans).toHaveLength(2);
    for (const { plan } of plans) expect(plan).not.toMatch(/Seq Scan on "Product"/);
  });
});
