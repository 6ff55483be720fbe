import { ok } from "@/lib/api/respond";
import { parseQuery } from "@/lib/api/parse";
import { withStorefront } from "@/lib/api/with-storefront";
import { listProducts } from "@/lib/catalog/list-products";
import { listProductsQuerySchema } from "@/lib/catalog/schemas";

// GET /api/storefront/[siteId]/products – a page of active products
export const GET = withStorefront(async ({ request, store, origin }) => {
  const query = parseQuery(listProductsQuerySchema, request.nextUrl.searchParams);
  const { products, pagination } = await listProducts(store.siteId, query, origin);
  return ok(products, { extra: { pagination } });
});
