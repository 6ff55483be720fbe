import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { listAccountReviews } from "@/lib/reviews/account-reviews";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/reviews – the customer's reviews and the products ready for one
  GET: async ({ request, store, origin }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await listAccountReviews(store.siteId, customerId, origin));
  },
});
