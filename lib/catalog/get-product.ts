import { cache } from "react";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { assetUrl } from "@/lib/assets/asset-url";
import { productRating } from "@/lib/reviews/product-reviews";
import { cachedCatalogRead } from "./cache/catalog-cache";
import { isNumericId, listProductStyles } from "./get-product-styles";
import type { DesignerProduct, ProductDetail } from "./schemas";

const baseSelect = {
  id: true,
  name: true,
  slug: true,
  shortDescription: true,
  description: true,
  price: true,
  compareAtPrice: true,
  featured: true,
  designable: true,
  categoryId: true,
  createdAt: true,
  updatedAt: true,
} as const;

function baseFields<T extends { createdAt: Date; updatedAt: Date }>(row: T) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/**
 * GET /products/{slug}: a slug answers the full commerce record; a numeric id (the product
 * designer's form) answers the product with its designer styles instead of the commerce fields.
 */
export async function getProductForApi(
  siteId: number,
  slugOrId: string,
  origin: string,
): Promise<ProductDetail | DesignerProduct> {
  if (isNumericId(slugOrId)) return getDesignerProduct(siteId, Number(slugOrId), origin);
  const product = await getProductBySlug(siteId, slugOrId, origin);
  if (!product) throw notFound("Product not found");
  return product;
}

/** An active product by slug with images, options, active variants, bulk pricing, category and rating; null if none. */
export const getProductBySlug = cache(
  (siteId: number, slug: string, origin = ""): Promise<ProductDetail | null> =>
    cachedCatalogRead(siteId, `product ${origin} ${slug}`, () => readProductBySlug(siteId, slug, origin)),
);

async function readProductBySlug(siteId: number, slug: string, origin: string): Promise<ProductDetail | null> {
  // The rating is read beside the product (by slug, not id) so it adds no round trip.
  const [row, rating] = await Promise.all([
    db().product.findUnique({
      where: { siteId_slug: { siteId, slug }, status: "active" },
      select: {
        ...baseSelect,
        sku: true,
        inventory: true,
        images: { select: { id: true, url: true, alt: true, order: true }, orderBy: [{ order: "asc" }, { id: "asc" }] },
        options: {
          select: {
            id: true,
            name: true,
            order: true,
            values: { select: { id: true, value: true, order: true }, orderBy: [{ order: "asc" }, { id: "asc" }] },
          },
          orderBy: [{ order: "asc" }, { id: "asc" }],
        },
        variants: {
          where: { active: true },
          select: {
            id: true,
            name: true,
            sku: true,
            price: true,
            compareAtPrice: true,
            inventory: true,
            optionValues: { select: { optionValueId: true } },
          },
          orderBy: [{ order: "asc" }, { id: "asc" }],
        },
        bulkPricing: { select: { minQuantity: true, unitPrice: true }, orderBy: { minQuantity: "asc" } },
        category: { select: { id: true, name: true, slug: true, parentId: true, active: true } },
      },
    }),
    productRating({ siteId, slug, status: "active" }),
  ]);
  if (!row) return null;

  const optionOfValue = new Map(row.options.flatMap((o) => o.values.map((v) => [v.id, { option: o.name, value: v.value }])));
  const variants = row.variants.map(({ optionValues, price, compareAtPrice, ...variant }) => {
    const optionValueIds = optionValues.map((ov) => ov.optionValueId);
    return {
      ...variant,
      price: price ?? row.price,
      compareAtPrice: compareAtPrice ?? (price === null ? row.compareAtPrice : null),
      inStock: variant.inventory > 0,
      optionValueIds,
      options: Object.fromEntries(
        optionValueIds.flatMap((id) => {
          const entry = optionOfValue.get(id);
          return entry ? [[entry.option, entry.value]] : [];
        }),
      ),
    };
  });
  const { images, category, ...product } = row;
  return {
    ...baseFields(product),
    images: images.map((image) => ({ ...image, url: assetUrl(origin, image.url) })),
    variants,
    inStock: variants.length > 0 ? variants.some((v) => v.inStock) : row.inventory > 0,
    category: category?.active ? { id: category.id, name: category.name, slug: category.slug, parentId: category.parentId } : null,
    rating,
  };
}

async function getDesignerProduct(siteId: number, id: number, origin: string): Promise<DesignerProduct> {
  const row = await db().product.findFirst({ where: { id, siteId, status: "active" }, select: baseSelect });
  if (!row) throw notFound("Product not found");
  return { ...baseFields(row), styles: await listProductStyles(siteId, row.id, origin) };
}
