import { beforeAll, describe, expect, it } from "vitest";
import { GET as listProductsRoute } from "@/app/api/storefront/[siteId]/products/route";
import { db } from "@/lib/db";
import { DEMO_SITE_ID, SECOND_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";
import { createCategory, createProduct, createSite } from "../support/fixtures";

const list = (siteId: number | string, query = "") =>
  callRoute(listProductsRoute, `/api/storefront/${siteId}/products${query}`, { params: { siteId: String(siteId) } });

describe("GET /products on the demo site", () => {
  it("answers active products only, 24 a page by default, newest first, with the pagination block", async () => {
    const activeCount = await db().product.count({ where: { siteId: DEMO_SITE_ID, status: "active" } });
    const { status, body } = await list(DEMO_SITE_ID);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data).toHaveLength(24);
    expect(body.pagination).toEqual({ page: 1, limit: 24, total: activeCount, totalPages: Math.ceil(activeCount / 24) });
    const dates = body.data.map((p: { createdAt: string }) => Date.parse(p.createdAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("never lists draft or archived products", async () => {
    const hidden = await db().product.findMany({ where: { siteId: DEMO_SITE_ID, status: { not: "active" } }, select: { slug: true } });
    expect(hidden.length).toBeGreaterThan(0);
    const { body } = await list(DEMO_SITE_ID, "?limit=100");
    const slugs = body.data.map((p: { slug: string }) => p.slug);
    for (const { slug } of hidden) expect(slugs).not.toContain(slug);
  });

  it("answers the spec's summary fields with cents, an absolute first image and UTC timestamps", async () => {
    const { body } = await list(DEMO_SITE_ID, "?limit=1");
    const [product] = body.data;
    expect(Object.keys(product).sort()).toEqual(
      ["categoryId", "categoryName", "compareAtPrice", "createdAt", "featured", "id", "image", "name", "price", "shortDescription", "slug"].sort(),
    );
    expect(Number.isInteger(product.price)).toBe(true);
    expect(product.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const firstImage = await db().productImage.findFirst({ where: { productId: product.id }, orderBy: [{ order: "asc" }, { id: "asc" }] });
    expect(product.image).toBe(`http://localhost:3000${firstImage!.url}`);
  });

  it("pages through the whole catalogue without repeats", async () => {
    const seen = new Set<number>();
    const first = await list(DEMO_SITE_ID, "?limit=10&page=1");
    for (let page = 1; page <= first.body.pagination.totalPages; page++) {
      const { body } = await list(DEMO_SITE_ID, `?limit=10&page=${page}`);
      for (const p of body.data) seen.add(p.id);
    }
    expect(seen.size).toBe(first.body.pagination.total);
    const beyond = await list(DEMO_SITE_ID, `?limit=10&page=${first.body.pagination.totalPages + 1}`);
    expect(beyond.body.data).toEqual([]);
  });

  it("treats blank page and limit as absent", async () => {
    const { status, body } = await list(DEMO_SITE_ID, "?page=&limit=&search=&category=");
    expect(status).toBe(200);
    expect(body.pagination).toMatchObject({ page: 1, limit: 24 });
  });

  it("serves a limit above 100 at 100", async () => {
    const { status, body } = await list(DEMO_SITE_ID, "?limit=500");
    expect(status).toBe(200);
    expect(body.pagination.limit).toBe(100);
  });

  it.each([
    ["?limit=abc", "limit"],
    ["?limit=0", "limit"],
    ["?limit=2.5", "limit"],
    ["?page=-1", "page"],
    ["?page=abc", "page"],
    ["?sort=cheapest", "sort"],
  ])("refuses %s with a 400 naming the field", async (query, field) => {
    const { status, body } = await list(DEMO_SITE_ID, query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ success: false, errorCode: "validation_error" });
    expect(body.message.startsWith(`${field}:`)).toBe(true);
  });
});

describe("GET /products sorting, filtering and search", () => {
  let siteId: number;
  let ids: Record<string, number>;

  beforeAll(async () => {
    const site = await createSite();
    siteId = site.id;
    const parent = await createCategory(siteId, { slug: "apparel", name: "Apparel" });
    const child = await createCategory(siteId, { slug: "tees", name: "Tees", parentId: parent.id });
    const day = 86_400_000;
    const now = Date.now();
    const make = (slug: string, data: Parameters<typeof createProduct>[1]) => createProduct(siteId, { slug, ...data });
    const rows = await Promise.all([
      make("old-cheap", { name: "Linen Apron", price: 900, createdAt: new Date(now - 5 * day), categoryId: parent.id }),
      make("new-pricey", { name: "Wool Blanket", price: 9900, createdAt: new Date(now - 1 * day), featured: true }),
      make("mid", { name: "Organic MUG", price: 2500, createdAt: new Date(now - 3 * day), categoryId: child.id, shortDescription: "Holds 12 oz of coffee" }),
      make("percent", { name: "100% Cotton Tee", price: 3000, createdAt: new Date(now - 4 * day), categoryId: child.id }),
      make("draft", { name: "Draft Mug", price: 100, status: "draft", categoryId: child.id }),
    ]);
    ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  });

  const slugsOf = (body: { data: { slug: string }[] }) => body.data.map((p) => p.slug);

  it("sorts by price both ways and puts featured products first", async () => {
    expect(slugsOf((await list(siteId, "?sort=price_asc")).body)).toEqual(["old-cheap", "mid", "percent", "new-pricey"]);
    expect(slugsOf((await list(siteId, "?sort=price_desc")).body)).toEqual(["new-pricey", "percent", "mid", "old-cheap"]);
    expect(slugsOf((await list(siteId, "?sort=featured")).body)[0]).toBe("new-pricey");
    expect(slugsOf((await list(siteId)).body)).toEqual(["new-pricey", "mid", "percent", "old-cheap"]);
  });

  it("filters by category slug, including its subcategories, and answers an unknown slug with an empty page", async () => {
    expect(slugsOf((await list(siteId, "?category=tees")).body).sort()).toEqual(["mid", "percent"]);
    expect(slugsOf((await list(siteId, "?category=apparel")).body).sort()).toEqual(["mid", "old-cheap", "percent"]);
    const unknown = await list(siteId, "?category=nope");
    expect(unknown.status).toBe(200);
    expect(unknown.body.data).toEqual([]);
    expect(unknown.body.pagination.total).toBe(0);
  });

  it("gives null categoryId and categoryName to uncategorised products", async () => {
    const blanket = (await list(siteId)).body.data.find((p: { slug: string }) => p.slug === "new-pricey");
    expect(blanket).toMatchObject({ categoryId: null, categoryName: null });
    const mug = (await list(siteId)).body.data.find((p: { slug: string }) => p.slug === "mid");
    expect(mug).toMatchObject({ categoryName: "Tees" });
  });

  it("searches name and short description case-insensitively, active products only", async () => {
    expect(slugsOf((await list(siteId, "?search=mug")).body)).toEqual(["mid"]);
    expect(slugsOf((await list(siteId, "?search=COFFEE")).body)).toEqual(["mid"]);
    expect(slugsOf((await list(siteId, "?search=wool%20BLAN")).body)).toEqual(["new-pricey"]);
  });

  it("treats % and _ in a search as the characters themselves", async () => {
    expect(slugsOf((await list(siteId, "?search=100%25")).body)).toEqual(["percent"]);
    expect((await list(siteId, "?search=_")).body.data).toEqual([]);
    expect((await list(siteId, "?search=%25")).body.data.map((p: { id: number }) => p.id)).toEqual([ids.percent]);
  });

  it("combines search, category and paging", async () => {
    const { body } = await list(siteId, "?category=apparel&search=o&sort=price_asc&limit=1&page=2");
    expect(body.pagination).toEqual({ page: 2, limit: 1, total: 3, totalPages: 3 });
    expect(slugsOf(body)).toEqual(["mid"]);
  });
});

describe("GET /products tenancy", () => {
  it("shows each site only its own products", async () => {
    const first = await list(DEMO_SITE_ID, "?limit=100");
    const second = await list(SECOND_SITE_ID, "?limit=100");
    const firstIds = new Set(first.body.data.map((p: { id: number }) => p.id));
    expect(second.body.data.length).toBeGreaterThan(0);
    for (const p of second.body.data) expect(firstIds.has(p.id)).toBe(false);
    const secondSiteProducts = await db().product.findMany({ where: { siteId: SECOND_SITE_ID }, select: { id: true } });
    expect(second.body.data.map((p: { id: number }) => p.id).sort()).toEqual(
      secondSiteProducts.map((p) => p.id).sort(),
    );
  });
});
