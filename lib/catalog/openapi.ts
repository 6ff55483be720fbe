import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { paginationSchema, successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonResponse as json, siteIdParam } from "@/lib/openapi/registry";
import {
  categorySchema,
  designerProductSchema,
  designerStyleSchema,
  listProductsQuerySchema,
  productDetailSchema,
  productSlugParamSchema,
  productSummarySchema,
} from "./schemas";

export function registerCatalogRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/products",
    tags: ["Products"],
    summary: "List active products",
    description: "A page of active products. `limit` above 100 is served at 100. `category` includes its subcategories.",
    request: { params: siteIdParam, query: listProductsQuerySchema },
    responses: {
      200: json(successEnvelope(z.array(productSummarySchema), { pagination: paginationSchema }), "A page of products"),
      ...errorResponses("validation_error"),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/products/{slug}",
    tags: ["Products"],
    summary: "Get one product",
    description:
      "By slug: the full commerce record (images, options, active variants, bulk pricing, category). " +
      "By numeric id (the product designer): the product with its designer styles and sides instead of the commerce fields.",
    request: { params: siteIdParam.extend(productSlugParamSchema.shape) },
    responses: {
      200: json(successEnvelope(z.union([productDetailSchema, designerProductSchema])), "The product"),
      ...errorResponses("not_found"),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/products/{slug}/styles",
    tags: ["Products"],
    summary: "Designer styles of a product",
    description: "Active designer styles with their printable sides, for the product designer canvas. `slug` may be a numeric id.",
    request: { params: siteIdParam.extend(productSlugParamSchema.shape) },
    responses: {
      200: json(successEnvelope(z.array(designerStyleSchema)), "Styles in display order"),
      ...errorResponses("not_found"),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/categories",
    tags: ["Categories"],
    summary: "List active categories",
    description: "Ordered by `order`, then name, each with a live count of active products (its subcategories included).",
    request: { params: siteIdParam },
    responses: { 200: json(successEnvelope(z.array(categorySchema)), "Categories"), ...errorResponses() },
  });
}
