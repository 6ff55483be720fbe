import { ok } from "@/lib/api/respond";
import { parseParams, parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getGuestOrder } from "@/lib/orders/get-guest-order";
import { guestOrderQuerySchema, orderNumberParamSchema } from "@/lib/orders/schemas";
import { clientAddress } from "@/lib/security/client-address";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // GET /api/storefront/[siteId]/orders/[orderNumber]?email= – guest order lookup
  GET: async ({ request, store, params }) => {
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    const { email } = parseQuery(guestOrderQuerySchema, request.nextUrl.searchParams);
    return ok(await getGuestOrder({ siteId: store.siteId, orderNumber, email, clientAddress: clientAddress(request) }));
  },
});
