import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProducts } from "@/lib/catalog/list-products";
import { listProductsQuerySchema } from "@/lib/catalog/schemas";
import { installQueryLoggingDb } from "../support/query-log";
import { createSite } from "../support/fixtures";

const CATALOGUE_SIZE = 20_000;

// The search must be answered from the trigram indexes, not by reading a large store's every
// product. Capture the SQL the domain really runs on a big catalogue and ask the planner for it.
describe("product search on a large catalogue", () => {
  const { prisma, logged } = installQueryLoggingDb();
  let siteId: number;

  beforeAll(async () => {
    siteId = (await createSite()).id;
    await prisma.$executeRaw`
      INSERT INTO "Product" ("siteId", name, slug, "shortDescription", price, status, "updatedAt")
      SELECT ${siteId}, 'Everyday item ' || n, 'item-' || n, 'A plain thing, number ' || n, 1000 + n, 'active', now()
      FROM generate_series(1, ${CATALOGUE_SIZE}) AS n`;
    await prisma.product.create({ data: { siteId, name: "Zanzibar Spice Mug", slug: "zanzibar", price: 1500, status: "active" } });
    // What autovacuum does on a live database: flush the GIN pending lists and refresh statistics.
    await prisma.$executeRawUnsafe(`VACUUM ANALYZE "Product"`);
  }, 120_000);
  afterAll(() => prisma.$disconnect());

  it("finds the one match and reads it through the name and short-description trigram indexes", async () => {
    logged.length = 0;
    const { products } = await listProducts(siteId, listProductsQuerySchema.parse({ search: "zanzibar" }));
    expect(products.map((p) => p.slug)).toEqual(["zanzibar"]);

    const select = logged.find((l) => /ILIKE/i.test(l.query) && /LIMIT/i.test(l.query));
    expect(select, "the search runs as ILIKE").toBeDefined();
    const rows = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${select!.query}`, ...JSON.parse(select!.params));
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(plan).toContain("Product_name_trgm_idx");
    expect(plan).toContain("Product_shortDescription_trgm_idx");
    expect(plan).not.toMatch(/Seq Scan on "Product"/);
  });
});
