import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { withStorefront } from "@/lib/api/with-storefront";
import { getProductStyles } from "@/lib/catalog/get-product-styles";
import { productSlugParamSchema } from "@/lib/catalog/schemas";

// GET /api/storefront/[siteId]/products/[slug]/styles – designer styles with their printable sides
export const GET = withStorefront<{ siteId: string; slug: string }>(async ({ params, store, origin }) => {
  const { slug } = parseParams(productSlugParamSchema, params);
  return ok(await getProductStyles(store.siteId, slug, origin));
});
