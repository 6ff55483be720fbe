import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getCustomerProfile } from "@/lib/customers/get-customer-profile";
import { requireCustomer } from "@/lib/customers/require-customer";
import { updateCustomerProfile, updateProfileSchema } from "@/lib/customers/update-customer-profile";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account – the signed-in customer's profile
  GET: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await getCustomerProfile(store.siteId, customerId));
  },
  // PATCH /api/storefront/[siteId]/account – change the profile's own fields
  PATCH: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await updateCustomerProfile(store.siteId, customerId, await parseBody(updateProfileSchema, request)));
  },
});
