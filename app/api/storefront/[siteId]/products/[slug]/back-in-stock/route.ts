import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { productSlugParamSchema } from "@/lib/catalog/schemas";
import { clientAddress } from "@/lib/security/client-address";
import { backInStockRequestSchema, subscribeBackInStock } from "@/lib/stock-alerts/subscribe-back-in-stock";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; slug: string }>({
  // POST /api/storefront/[siteId]/products/[slug]/back-in-stock – e-mail me once when this option is back
  POST: async ({ request, store, params }) => {
    const { slug } = parseParams(productSlugParamSchema, params);
    return ok(await subscribeBackInStock(store.siteId, slug, await parseBody(backInStockRequestSchema, request), clientAddress(request)));
  },
});
