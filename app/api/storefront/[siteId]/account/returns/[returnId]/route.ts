import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getReturn, returnIdParamSchema } from "@/lib/account/returns";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; returnId: string }>({
  // GET /api/storefront/[siteId]/account/returns/[returnId] – one return request
  GET: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await getReturn(store.siteId, customerId, parseParams(returnIdParamSchema, params).returnId));
  },
});
