import { ok } from "@/lib/api/respond";
import { parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { accountOrdersQuerySchema, listAccountOrders } from "@/lib/account/orders";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/orders – the customer's orders, newest first
  GET: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const query = parseQuery(accountOrdersQuerySchema, request.nextUrl.searchParams);
    const { orders, pagination } = await listAccountOrders(store.siteId, customerId, query);
    return ok(orders, { extra: { pagination } });
  },
});
