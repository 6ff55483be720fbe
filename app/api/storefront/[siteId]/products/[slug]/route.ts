import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getProductForApi } from "@/lib/catalog/get-product";
import { productSlugParamSchema } from "@/lib/catalog/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; slug: string }>({
  // GET /api/storefront/[siteId]/products/[slug] – one product by slug, or by numeric id with designer styles
  GET: async ({ params, store, origin }) => {
    const { slug } = parseParams(productSlugParamSchema, params);
    return ok(await getProductForApi(store.siteId, slug, origin));
  },
});
