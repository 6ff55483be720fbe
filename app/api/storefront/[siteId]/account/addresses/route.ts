import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { addAddress, listAddresses } from "@/lib/account/addresses";
import { addressInputSchema } from "@/lib/customers/update-customer-profile";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/addresses – the address book
  GET: async ({ request, store }) => ok(await listAddresses((await requireCustomer(request, store.siteId)).customerId)),
  // POST /api/storefront/[siteId]/account/addresses – add an address
  POST: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await addAddress(customerId, await parseBody(addressInputSchema, request)), { status: 201 });
  },
});
