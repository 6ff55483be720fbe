import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { productSlugParamSchema } from "@/lib/catalog/schemas";
import { listProductPlans } from "@/lib/subscriptions/subscriptions";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; slug: string }>({
  // GET /api/storefront/[siteId]/products/[slug]/plans – the product's subscription plans
  GET: async ({ store, params }) => ok(await listProductPlans(store.siteId, parseParams(productSlugParamSchema, params).slug)),
});
