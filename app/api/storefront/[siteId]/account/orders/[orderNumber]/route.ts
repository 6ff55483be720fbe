import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getAccountOrder } from "@/lib/account/orders";
import { requireCustomer } from "@/lib/customers/require-customer";
import { orderNumberParamSchema } from "@/lib/orders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // GET /api/storefront/[siteId]/account/orders/[orderNumber] – one of the customer's orders in full
  GET: async ({ request, store, params, origin }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    return ok(await getAccountOrder(store.siteId, customerId, orderNumber, origin));
  },
});
