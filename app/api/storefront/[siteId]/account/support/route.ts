import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { createSupportMessage, createSupportMessageSchema, listSupportMessages } from "@/lib/account/support";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/support – the customer's messages, latest activity first
  GET: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await listSupportMessages(store.siteId, customerId));
  },
  // POST /api/storefront/[siteId]/account/support – a new support message
  POST: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await createSupportMessage(store.siteId, customerId, await parseBody(createSupportMessageSchema, request)), { status: 201 });
  },
});
