import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { listOrderPayments } from "@/lib/account/order-records";
import { requireCustomer } from "@/lib/customers/require-customer";
import { orderNumberParamSchema } from "@/lib/orders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // GET /api/storefront/[siteId]/account/orders/[orderNumber]/payments – every payment attempt, failed ones included
  GET: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    return ok(await listOrderPayments(store.siteId, customerId, orderNumber));
  },
});
