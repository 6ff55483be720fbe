import { ok } from "@/lib/api/respond";
import { parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getShippingRates } from "@/lib/shipping/get-shipping-rates";
import { shippingQuerySchema } from "@/lib/shipping/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/shipping – manual and live shipping rates for a destination
  GET: async ({ request, store }) => {
    const query = parseQuery(shippingQuerySchema, request.nextUrl.searchParams);
    return ok(await getShippingRates({ siteId: store.siteId, ...query }));
  },
});
