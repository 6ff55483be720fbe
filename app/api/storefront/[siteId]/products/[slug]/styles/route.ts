import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getProductStyles } from "@/lib/catalog/get-product-styles";
import { productSlugParamSchema } from "@/lib/catalog/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; slug: string }>({
  // GET /api/storefront/[siteId]/products/[slug]/styles – designer styles with their printable sides
  GET: async ({ params, store, origin }) => {
    const { slug } = parseParams(productSlugParamSchema, params);
    return ok(await getProductStyles(store.siteId, slug, origin));
  },
});
