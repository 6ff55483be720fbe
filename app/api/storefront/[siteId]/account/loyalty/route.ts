import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { getLoyaltySummary } from "@/lib/loyalty/get-loyalty";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/loyalty – the customer's points balance and tier
  GET: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await getLoyaltySummary(store.siteId, customerId));
  },
});
