import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { cancelOrderByCustomer, cancelOrderSchema } from "@/lib/account/cancel-order";
import { requireCustomer } from "@/lib/customers/require-customer";
import { orderNumberParamSchema } from "@/lib/orders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // POST /api/storefront/[siteId]/account/orders/[orderNumber]/cancel – cancel an order not yet shipped
  POST: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    const { reason } = await parseBody(cancelOrderSchema, request);
    return ok(await cancelOrderByCustomer(store.siteId, customerId, orderNumber, reason));
  },
});
