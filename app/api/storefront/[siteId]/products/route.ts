import { ok } from "@/lib/api/respond";
import { parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { listProducts } from "@/lib/catalog/list-products";
import { listProductsQuerySchema } from "@/lib/catalog/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/products – a page of active products
  GET: async ({ request, store, origin }) => {
    const query = parseQuery(listProductsQuerySchema, request.nextUrl.searchParams);
    const { products, pagination } = await listProducts(store.siteId, query, origin);
    return ok(products, { extra: { pagination } });
  },
});
