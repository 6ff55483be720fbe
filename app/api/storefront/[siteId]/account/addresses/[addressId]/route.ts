import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { addressIdParamSchema, deleteAddress, getAddress, updateAddress, updateAddressSchema } from "@/lib/account/addresses";
import { requireCustomer } from "@/lib/customers/require-customer";

type Params = { siteId: string; addressId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // GET /api/storefront/[siteId]/account/addresses/[addressId] – one saved address
  GET: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await getAddress(customerId, parseParams(addressIdParamSchema, params).addressId));
  },
  // PATCH /api/storefront/[siteId]/account/addresses/[addressId] – change an address or its default flags
  PATCH: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { addressId } = parseParams(addressIdParamSchema, params);
    return ok(await updateAddress(customerId, addressId, await parseBody(updateAddressSchema, request)));
  },
  // DELETE /api/storefront/[siteId]/account/addresses/[addressId] – remove an address
  DELETE: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await deleteAddress(customerId, parseParams(addressIdParamSchema, params).addressId));
  },
});
