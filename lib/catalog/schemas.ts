import { z } from "zod";
import { productRatingSchema } from "@/lib/reviews/schemas";
import { cents, optionalQueryString, positiveIntQuery, timestamp } from "@/lib/api/schemas";

export const PRODUCT_SORTS = ["newest", "price_asc", "price_desc", "featured"] as const;
export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;

export const listProductsQuerySchema = z.object({
  category: optionalQueryString(200).meta({ description: "Category slug; includes its subcategories" }),
  search: optionalQueryString(200).meta({ description: "Case-insensitive match on name and short description" }),
  sort: z
    .enum(PRODUCT_SORTS, { error: `must be one of ${PRODUCT_SORTS.join(", ")}` })
    .default("newest")
    .meta({ description: "newest first, price ascending or descending, or featured products first" }),
  page: positiveIntQuery(1).meta({ description: "1-based page number" }),
  // Larger pages are served at the maximum rather than refused.
  limit: positiveIntQuery(DEFAULT_PAGE_SIZE)
    .transform((n) => Math.min(n, MAX_PAGE_SIZE))
    .meta({ description: `Results per page, at most ${MAX_PAGE_SIZE}` }),
});

export type ListProductsQuery = z.output<typeof listProductsQuerySchema>;

export const productSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    shortDescription: z.string().nullable(),
    price: cents("Price"),
    compareAtPrice: cents("Original price shown struck through").nullable(),
    featured: z.boolean(),
    categoryId: z.number().int().nullable(),
    createdAt: timestamp,
    image: z.string().nullable().meta({ description: "First image by display order" }),
    categoryName: z.string().nullable(),
  })
  .meta({ id: "ProductSummary" });

export type ProductSummary = z.infer<typeof productSummarySchema>;

export const productImageSchema = z
  .object({ id: z.number().int(), url: z.string(), alt: z.string().nullable(), order: z.number().int() })
  .meta({ id: "ProductImage" });

export const productOptionSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    order: z.number().int(),
    values: z.array(z.object({ id: z.number().int(), value: z.string(), order: z.number().int() })),
  })
  .meta({ id: "ProductOption" });

export const productVariantSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    sku: z.string().nullable(),
    price: cents("Effective unit price: the variant's own, else the product's"),
    compareAtPrice: cents("Original price").nullable(),
    inventory: z.number().int(),
    inStock: z.boolean(),
    optionValueIds: z.array(z.number().int()),
    options: z.record(z.string(), z.string()).meta({ description: 'Option name to value, e.g. {"Size": "M"}' }),
  })
  .meta({ id: "ProductVariant" });

export const bulkPricingSchema = z
  .object({ minQuantity: z.number().int(), unitPrice: cents("Unit price from this quantity up") })
  .meta({ id: "BulkPricingRule" });

export const categoryRefSchema = z
  .object({ id: z.number().int(), name: z.string(), slug: z.string(), parentId: z.number().int().nullable() })
  .meta({ id: "CategoryRef" });

const productBaseShape = {
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  shortDescription: z.string().nullable(),
  description: z.string().nullable(),
  price: cents("Price"),
  compareAtPrice: cents("Original price").nullable(),
  featured: z.boolean(),
  designable: z.boolean(),
  categoryId: z.number().int().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const productDetailSchema = z
  .object({
    ...productBaseShape,
    sku: z.string().nullable(),
    inventory: z.number().int().meta({ description: "Stock of the product itself (variants carry their own)" }),
    inStock: z.boolean().meta({ description: "True when the product or any active variant can be bought" }),
    images: z.array(productImageSchema),
    options: z.array(productOptionSchema),
    variants: z.array(productVariantSchema),
    bulkPricing: z.array(bulkPricingSchema),
    category: categoryRefSchema.nullable(),
    rating: productRatingSchema.meta({ description: "Average and count of the approved reviews" }),
  })
  .meta({ id: "ProductDetail" });

export type ProductDetail = z.infer<typeof productDetailSchema>;

export const designerSideSchema = z
  .object({
    id: z.number().int(),
    styleId: z.number().int(),
    name: z.string(),
    slug: z.string(),
    mockupImage: z.string().nullable(),
    printAreaX: z.number().int(),
    printAreaY: z.number().int(),
    printAreaWidth: z.number().int(),
    printAreaHeight: z.number().int(),
    order: z.number().int(),
  })
  .meta({ id: "DesignerSide" });

export const designerStyleSchema = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    name: z.string(),
    active: z.boolean(),
    order: z.number().int(),
    sides: z.array(designerSideSchema),
  })
  .meta({ id: "DesignerStyle" });

export type DesignerStyle = z.infer<typeof designerStyleSchema>;

export const designerProductSchema = z
  .object({ ...productBaseShape, styles: z.array(designerStyleSchema) })
  .meta({ id: "DesignerProduct", description: "A product fetched by numeric id, for the product designer" });

export type DesignerProduct = z.infer<typeof designerProductSchema>;

export const categorySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    image: z.string().nullable(),
    parentId: z.number().int().nullable(),
    order: z.number().int(),
    productCount: z.number().int().meta({ description: "Active products in this category and its subcategories" }),
  })
  .meta({ id: "Category" });

export type Category = z.infer<typeof categorySchema>;

export const productSlugParamSchema = z.object({
  slug: z.string().min(1).max(200).meta({ description: "URL slug, or a numeric product id for the designer" }),
});
