import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getNotificationPreferences, updateNotificationPreferences, updateNotificationPreferencesSchema } from "@/lib/account/notification-preferences";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/notifications – notification preferences
  GET: async ({ request, store }) => ok(await getNotificationPreferences((await requireCustomer(request, store.siteId)).customerId)),
  // PATCH /api/storefront/[siteId]/account/notifications – change some channels
  PATCH: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await updateNotificationPreferences(customerId, await parseBody(updateNotificationPreferencesSchema, request)));
  },
});
