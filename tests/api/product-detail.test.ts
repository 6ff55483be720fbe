import { beforeAll, describe, expect, it } from "vitest";
import { GET as productRoute } from "@/app/api/storefront/[siteId]/products/[slug]/route";
import { GET as stylesRoute } from "@/app/api/storefront/[siteId]/products/[slug]/styles/route";
import { db } from "@/lib/db";
import { designerProductSchema, designerStyleSchema, productDetailSchema } from "@/lib/catalog/schemas";
import { DEMO_SITE_ID, SECOND_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";
import { createCategory, createProduct, createSite } from "../support/fixtures";

const getProduct = (siteId: number, slug: string) =>
  callRoute(productRoute, `/api/storefront/${siteId}/products/${slug}`, { params: { siteId: String(siteId), slug } });
const getStyles = (siteId: number, slug: string) =>
  callRoute(stylesRoute, `/api/storefront/${siteId}/products/${slug}/styles`, { params: { siteId: String(siteId), slug } });

describe("GET /products/{slug}", () => {
  let siteId: number;
  let productId: number;
  let inactiveVariantId: number;

  beforeAll(async () => {
    siteId = (await createSite()).id;
    const parent = await createCategory(siteId, { slug: "home", name: "Home" });
    const category = await createCategory(siteId, { slug: "candles", name: "Candles", parentId: parent.id });
    const product = await createProduct(siteId, {
      slug: "fig-candle",
      name: "Fig Candle",
      price: 2800,
      compareAtPrice: 3400,
      categoryId: category.id,
      images: { create: [{ url: "/b.webp", alt: "Side", order: 2 }, { url: "/a.webp", alt: "Front", order: 1 }] },
      bulkPricing: { create: [{ minQuantity: 50, unitPrice: 2000 }, { minQuantity: 10, unitPrice: 2400 }] },
    });
    productId = product.id;
    const size = await db().productOption.create({
      data: { productId, name: "Size", order: 0, values: { create: [{ value: "Small", order: 0 }, { value: "Large", order: 1 }] } },
      include: { values: true },
    });
    const [small, large] = size.values.sort((a, b) => a.order - b.order);
    await db().productVariant.create({
      data: { productId, name: "Fig Candle – Small", sku: "FIG-S", inventory: 0, order: 0, optionValues: { create: { optionValueId: small.id } } },
    });
    await db().productVariant.create({
      data: { productId, name: "Fig Candle – Large", sku: "FIG-L", price: 4200, inventory: 7, order: 1, optionValues: { create: { optionValueId: large.id } } },
    });
    inactiveVariantId = (
      await db().productVariant.create({ data: { productId, name: "Old", sku: "FIG-OLD", inventory: 3, active: false } })
    ).id;
    await createProduct(siteId, { slug: "draft-candle", status: "draft" });
  });

  it("answers the full commerce record in the documented shape", async () => {
    const { status, body } = await getProduct(siteId, "fig-candle");
    expect(status).toBe(200);
    const product = productDetailSchema.strict().parse(body.data);
    expect(product).toMatchObject({ id: productId, name: "Fig Candle", price: 2800, compareAtPrice: 3400, inStock: true });
    expect(product.images.map((i) => i.url)).toEqual(["http://localhost:3000/a.webp", "http://localhost:3000/b.webp"]);
    expect(product.options).toEqual([
      expect.objectContaining({ name: "Size", values: [expect.objectContaining({ value: "Small" }), expect.objectContaining({ value: "Large" })] }),
    ]);
    expect(product.bulkPricing).toEqual([{ minQuantity: 10, unitPrice: 2400 }, { minQuantity: 50, unitPrice: 2000 }]);
    expect(product.category).toMatchObject({ slug: "candles", name: "Candles" });
  });

  it("lists active variants only, each with its effective price, stock and option values", async () => {
    const { body } = await getProduct(siteId, "fig-candle");
    const variants = body.data.variants;
    expect(variants.map((v: { sku: string }) => v.sku)).toEqual(["FIG-S", "FIG-L"]);
    expect(variants.map((v: { id: number }) => v.id)).not.toContain(inactiveVariantId);
    expect(variants[0]).toMatchObject({ price: 2800, inventory: 0, inStock: false, options: { Size: "Small" } });
    expect(variants[1]).toMatchObject({ price: 4200, inventory: 7, inStock: true, options: { Size: "Large" } });
  });

  it("answers 404 for a draft product, an unknown slug, and another site's product", async () => {
    for (const slug of ["draft-candle", "no-such-product"]) {
      const { status, body } = await getProduct(siteId, slug);
      expect(status).toBe(404);
      expect(body).toEqual({ success: false, message: "Product not found", errorCode: "not_found" });
    }
    expect((await getProduct(DEMO_SITE_ID, "fig-candle")).status).toBe(404);
    expect((await getProduct(DEMO_SITE_ID, String(productId))).status).toBe(404);
  });

  it("answers a numeric id with the designer styles and sides instead of the commerce fields", async () => {
    const designable = await db().product.findFirst({
      where: { siteId: DEMO_SITE_ID, designable: true, status: "active" },
      include: { styles: { include: { sides: true } } },
    });
    const { status, body } = await getProduct(DEMO_SITE_ID, String(designable!.id));
    expect(status).toBe(200);
    const product = designerProductSchema.strict().parse(body.data);
    expect(product.id).toBe(designable!.id);
    expect(product.styles.length).toBe(designable!.styles.length);
    expect(product.styles[0].sides.length).toBeGreaterThan(0);
    expect(product.styles[0].sides[0].mockupImage).toMatch(/^http:\/\/localhost:3000\//);
    expect(body.data).not.toHaveProperty("variants");
  });
});

describe("GET /products/{slug}/styles", () => {
  it("answers the styles in order with their sides in order, by slug or id", async () => {
    const product = await db().product.findFirst({ where: { siteId: DEMO_SITE_ID, designable: true, status: "active" } });
    const bySlug = await getStyles(DEMO_SITE_ID, product!.slug);
    expect(bySlug.status).toBe(200);
    const styles = designerStyleSchema.strict().array().parse(bySlug.body.data);
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.map((s) => s.order)).toEqual([...styles.map((s) => s.order)].sort((a, b) => a - b));
    for (const style of styles) {
      expect(style.productId).toBe(product!.id);
      expect(style.sides.map((s) => s.order)).toEqual([...style.sides.map((s) => s.order)].sort((a, b) => a - b));
      for (const side of style.sides) expect(side.styleId).toBe(style.id);
    }
    expect((await getStyles(DEMO_SITE_ID, String(product!.id))).body.data).toEqual(bySlug.body.data);
  });

  it("hides inactive styles and answers 404 for unknown products or another site's", async () => {
    const site = await createSite();
    const product = await createProduct(site.id, {
      designable: true,
      styles: { create: [{ name: "Shown", order: 1 }, { name: "Hidden", active: false, order: 0 }] },
    });
    const { body } = await getStyles(site.id, product.slug);
    expect(body.data.map((s: { name: string }) => s.name)).toEqual(["Shown"]);
    expect((await getStyles(site.id, "nope")).status).toBe(404);
    expect((await getStyles(SECOND_SITE_ID, product.slug)).status).toBe(404);
  });
});
