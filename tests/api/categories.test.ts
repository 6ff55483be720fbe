import { describe, expect, it } from "vitest";
import { GET as categoriesRoute } from "@/app/api/storefront/[siteId]/categories/route";
import { db } from "@/lib/db";
import { categorySchema } from "@/lib/catalog/schemas";
import { DEMO_SITE_ID, SECOND_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";
import { createCategory, createProduct, createSite } from "../support/fixtures";

const listCategories = (siteId: number) =>
  callRoute(categoriesRoute, `/api/storefront/${siteId}/categories`, { params: { siteId: String(siteId) } });

describe("GET /categories", () => {
  it("answers active categories ordered by order then name, in the documented shape", async () => {
    const site = await createSite();
    await createCategory(site.id, { slug: "b", name: "Beta", order: 1 });
    await createCategory(site.id, { slug: "a", name: "Alpha", order: 1 });
    await createCategory(site.id, { slug: "z", name: "Zulu", order: 0 });
    await createCategory(site.id, { slug: "off", name: "Hidden", order: 0, active: false });
    const { status, body } = await listCategories(site.id);
    expect(status).toBe(200);
    const categories = categorySchema.strict().array().parse(body.data);
    expect(categories.map((c) => c.slug)).toEqual(["z", "a", "b"]);
  });

  it("counts active products live, subcategories included", async () => {
    const site = await createSite();
    const parent = await createCategory(site.id, { slug: "parent" });
    const child = await createCategory(site.id, { slug: "child", parentId: parent.id });
    await createProduct(site.id, { categoryId: parent.id });
    await createProduct(site.id, { categoryId: child.id });
    await createProduct(site.id, { categoryId: child.id, status: "draft" });
    const archived = await createProduct(site.id, { categoryId: child.id, status: "archived" });
    const counts = async () =>
      Object.fromEntries((await listCategories(site.id)).body.data.map((c: { slug: string; productCount: number }) => [c.slug, c.productCount]));

    expect(await counts()).toEqual({ parent: 2, child: 1 });
    await db().product.update({ where: { id: archived.id }, data: { status: "active" } });
    expect(await counts()).toEqual({ parent: 3, child: 2 });
  });

  it("reports parentId for subcategories and null for top-level ones", async () => {
    const { body } = await listCategories(DEMO_SITE_ID);
    const bySlug = new Map(body.data.map((c: { slug: string }) => [c.slug, c]));
    const rows = await db().category.findMany({ where: { siteId: DEMO_SITE_ID, active: true } });
    expect(rows.some((r) => r.parentId !== null)).toBe(true);
    for (const row of rows) expect(bySlug.get(row.slug)).toMatchObject({ id: row.id, parentId: row.parentId });
  });

  it("keeps each site's categories to itself", async () => {
    const first = (await listCategories(DEMO_SITE_ID)).body.data.map((c: { id: number }) => c.id);
    const second = (await listCategories(SECOND_SITE_ID)).body.data.map((c: { id: number }) => c.id);
    expect(second.length).toBeGreaterThan(0);
    expect(first.filter((id: number) => second.includes(id))).toEqual([]);
  });
});
