import { MAX_JSON_BODY_BYTES } from "@/lib/api/parse";
import { readBodyText } from "@/lib/api/read-body";
import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { applyTrackerEvent, verifyEasyPostWebhook } from "@/lib/orders/carrier-tracking";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/webhooks/easypost – EasyPost tracker updates for this store, signature verified
  POST: async ({ request, store }) => {
    const event = await verifyEasyPostWebhook(store.siteId, await readBodyText(request, MAX_JSON_BODY_BYTES), request.headers.get("x-hmac-signature"));
    return ok({ received: true, ...(await applyTrackerEvent(store.siteId, event)) });
  },
});
