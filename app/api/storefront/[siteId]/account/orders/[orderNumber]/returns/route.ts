import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { createReturnSchema, requestReturn } from "@/lib/account/returns";
import { requireCustomer } from "@/lib/customers/require-customer";
import { orderNumberParamSchema } from "@/lib/orders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // POST /api/storefront/[siteId]/account/orders/[orderNumber]/returns – ask to return delivered items
  POST: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    return ok(await requestReturn(store.siteId, customerId, orderNumber, await parseBody(createReturnSchema, request)), { status: 201 });
  },
});
