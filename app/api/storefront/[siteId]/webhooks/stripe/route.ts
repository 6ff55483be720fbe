import { afterResponse } from "@/lib/api/after-response";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/parse";
import { readBodyText } from "@/lib/api/read-body";
import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";
import { handleStripeEvent } from "@/lib/payments/handle-stripe-event";
import { verifyStripeWebhook } from "@/lib/payments/verify-stripe-webhook";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/webhooks/stripe – Stripe events for this store, signature verified
  POST: async ({ request, store }) => {
    const event = await verifyStripeWebhook(store.siteId, await readBodyText(request, MAX_JSON_BODY_BYTES), request.headers.get("stripe-signature"));
    const outcome = await handleStripeEvent(store.siteId, event);
    const paidOrderId = outcome.paidOrderId;
    if (paidOrderId) afterResponse(() => sendOrderConfirmation(paidOrderId));
    return ok({ received: true, ...outcome });
  },
});
