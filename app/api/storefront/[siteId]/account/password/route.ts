import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { changePassword, changePasswordSchema } from "@/lib/account/change-password";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/account/password – change the password (current one required)
  POST: async ({ request, store }) => {
    const { customerId, sessionId } = await requireCustomer(request, store.siteId);
    return ok(await changePassword(customerId, sessionId, await parseBody(changePasswordSchema, request)));
  },
});
