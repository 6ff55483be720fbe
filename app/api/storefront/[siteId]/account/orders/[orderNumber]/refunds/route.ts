import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { listOrderRefunds } from "@/lib/account/order-records";
import { createRefundSchema, requestRefund } from "@/lib/account/request-refund";
import { requireCustomer } from "@/lib/customers/require-customer";
import { orderNumberParamSchema } from "@/lib/orders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // GET /api/storefront/[siteId]/account/orders/[orderNumber]/refunds – the order's refunds, failed ones included
  GET: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    return ok(await listOrderRefunds(store.siteId, customerId, orderNumber));
  },
  // POST /api/storefront/[siteId]/account/orders/[orderNumber]/refunds – refund items under the store's refund policy
  POST: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    return ok(await requestRefund(store.siteId, customerId, orderNumber, await parseBody(createRefundSchema, request)), { status: 201 });
  },
});
