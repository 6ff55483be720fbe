import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { listCategories } from "@/lib/catalog/list-categories";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/categories – active categories with live product counts
  GET: async ({ store, origin }) => ok(await listCategories(store.siteId, origin)),
});
