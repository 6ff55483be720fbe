import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { withStorefront } from "@/lib/api/with-storefront";
import { getProductForApi } from "@/lib/catalog/get-product";
import { productSlugParamSchema } from "@/lib/catalog/schemas";

// GET /api/storefront/[siteId]/products/[slug] – one product by slug, or by numeric id with designer styles
export const GET = withStorefront<{ siteId: string; slug: string }>(async ({ params, store, origin }) => {
  const { slug } = parseParams(productSlugParamSchema, params);
  return ok(await getProductForApi(store.siteId, slug, origin));
});
