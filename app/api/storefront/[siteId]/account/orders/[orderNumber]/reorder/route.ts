import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { reorderSchema, reorderToCart } from "@/lib/account/reorder";
import { requireCustomer } from "@/lib/customers/require-customer";
import { orderNumberParamSchema } from "@/lib/orders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // POST /api/storefront/[siteId]/account/orders/[orderNumber]/reorder – put a past order's items back in the cart
  POST: async ({ request, store, params, origin }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    const { sessionId } = await parseBody(reorderSchema, request);
    return ok(await reorderToCart(store.siteId, customerId, orderNumber, sessionId, origin));
  },
});
