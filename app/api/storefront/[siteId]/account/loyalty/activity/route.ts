import { ok } from "@/lib/api/respond";
import { parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { listLoyaltyActivity } from "@/lib/loyalty/get-loyalty";
import { loyaltyActivityQuerySchema } from "@/lib/loyalty/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/loyalty/activity – the customer's points ledger, newest first
  GET: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const query = parseQuery(loyaltyActivityQuerySchema, request.nextUrl.searchParams);
    const { activity, pagination } = await listLoyaltyActivity(store.siteId, customerId, query);
    return ok(activity, { extra: { pagination } });
  },
});
