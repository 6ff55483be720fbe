import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { claimDesigns } from "@/lib/designs/claim-designs";
import { designSessionKey } from "@/lib/designs/design-caller";
import { claimDesignsSchema } from "@/lib/designs/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/designs/claim – move an anonymous session's designs to the signed-in customer
  POST: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { sessionId, ...input } = await parseBody(claimDesignsSchema, request);
    // The schema admits only session ids, so the key is never null here.
    return ok(await claimDesigns(store.siteId, { ...input, sessionKey: designSessionKey(sessionId)! }, customerId));
  },
});
