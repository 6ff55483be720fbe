import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { listReturns } from "@/lib/account/returns";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/returns – the customer's return requests
  GET: async ({ request, store }) => ok(await listReturns(store.siteId, (await requireCustomer(request, store.siteId)).customerId)),
});
