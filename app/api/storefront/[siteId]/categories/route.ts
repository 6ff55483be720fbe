import { ok } from "@/lib/api/respond";
import { withStorefront } from "@/lib/api/with-storefront";
import { listCategories } from "@/lib/catalog/list-categories";

// GET /api/storefront/[siteId]/categories – active categories with live product counts
export const GET = withStorefront(async ({ store, origin }) => ok(await listCategories(store.siteId, origin)));
