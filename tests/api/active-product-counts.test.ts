import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listProducts } from "@/lib/catalog/list-products";
import { listProductsQuerySchema } from "@/lib/catalog/schemas";
import { createCategory, createProduct, createSite } from "../support/fixtures";

// The storefront list's total is read from "ActiveProductCount", which triggers on "Product" keep.
// Whatever writes products, the kept counts must equal counting the products themselves.
async function expectCountsToMatchProducts(siteId: number) {
  const kept = await db().activeProductCount.findMany({ where: { siteId }, select: { categoryId: true, total: true } });
  const counted = await db().product.groupBy({ by: ["categoryId"], where: { siteId, status: "active" }, _count: { _all: true } });
  const sortByCategory = (rows: { categoryId: number; total: number }[]) => rows.sort((a, b) => a.categoryId - b.categoryId);
  expect(sortByCategory(kept)).toEqual(sortByCategory(counted.map((c) => ({ categoryId: c.categoryId ?? 0, total: c._count._all }))));
}

const totalOf = async (siteId: number, query: Record<string, string> = {}) =>
  (await listProducts(siteId, listProductsQuerySchema.parse(query))).pagination.total;

describe("active product counts", () => {
  it("follow products created, published, moved, archived and deleted, one at a time and in bulk", async () => {
    const siteId = (await createSite()).id;
    const apparel = await createCategory(siteId);
    const shirts = await createCategory(siteId, { parentId: apparel.id });
    const mugs = await createCategory(siteId);

    const shirt = await createProduct(siteId, { categoryId: shirts.id });
    const draft = await createProduct(siteId, { categoryId: apparel.id, status: "draft" });
    await createProduct(siteId);
    await db().product.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({ siteId, categoryId: mugs.id, name: `Mug ${i}`, slug: `mug-${siteId}-${i}`, price: 900, status: "active" as const })),
    });
    await expectCountsToMatchProducts(siteId);
    expect(await totalOf(siteId)).toBe(7);
    expect(await totalOf(siteId, { category: apparel.slug })).toBe(1);
    expect(await totalOf(siteId, { category: mugs.slug })).toBe(5);

    await db().product.update({ where: { id: draft.id }, data: { status: "active" } });
    expect(await totalOf(siteId, { category: apparel.slug })).toBe(2);
    await db().product.update({ where: { id: shirt.id }, data: { categoryId: mugs.id } });
    expect(await totalOf(siteId, { category: shirts.slug })).toBe(0);
    expect(await totalOf(siteId, { category: mugs.slug })).toBe(6);
    await db().product.updateMany({ where: { siteId, categoryId: mugs.id, name: { startsWith: "Mug" } }, data: { status: "archived" } });
    expect(await totalOf(siteId, { category: mugs.slug })).toBe(1);
    await db().product.deleteMany({ where: { siteId, status: "archived" } });
    await expectCountsToMatchProducts(siteId);
    expect(await totalOf(siteId)).toBe(3);
  });

  it("leave counts alone when only stock or price changes", async () => {
    const siteId = (await createSite()).id;
    const category = await createCategory(siteId);
    const product = await createProduct(siteId, { categoryId: category.id, inventory: 5 });
    await db().product.update({ where: { id: product.id }, data: { inventory: { decrement: 2 }, price: 1200 } });
    await db().$executeRaw`UPDATE "Product" SET inventory = inventory + 1 WHERE "siteId" = ${siteId}`;
    await expectCountsToMatchProducts(siteId);
    expect(await totalOf(siteId, { category: category.slug })).toBe(1);
  });

  it("move a deleted category's products to uncategorized, and leave nothing behind a deleted shop", async () => {
    const siteId = (await createSite()).id;
    const category = await createCategory(siteId);
    await createProduct(siteId, { categoryId: category.id });
    await createProduct(siteId, { categoryId: category.id });
    await createProduct(siteId);

    await db().category.delete({ where: { id: category.id } });
    await expectCountsToMatchProducts(siteId);
    expect(await db().activeProductCount.findMany({ where: { siteId } })).toEqual([{ siteId, categoryId: 0, total: 3 }]);
    expect(await totalOf(siteId)).toBe(3);

    await db().site.delete({ where: { id: siteId } });
    expect(await db().activeProductCount.count({ where: { siteId } })).toBe(0);
  });

  it("stay right when shops write their products at the same time", async () => {
    const sites = await Promise.all([createSite(), createSite()]);
    const shared = await Promise.all(sites.map((site) => createCategory(site.id)));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const site = sites[i % 2];
        return createProduct(site.id, { categoryId: i % 4 < 2 ? shared[i % 2].id : null });
      }),
    );
    for (const site of sites) {
      await expectCountsToMatchProducts(site.id);
      expect(await totalOf(site.id)).toBe(10);
    }
  });
});
