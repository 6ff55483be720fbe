import { afterResponse } from "@/lib/api/after-response";
import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { confirmPaymentSchema, verifyPayment } from "@/lib/checkout/confirm-payment";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/checkout/verify – confirm a payment with Stripe when the webhook is late
  POST: async ({ request, store }) => {
    const { state, completedOrderId } = await verifyPayment(store.siteId, await parseBody(confirmPaymentSchema, request));
    if (completedOrderId) afterResponse(() => sendOrderConfirmation(completedOrderId));
    return ok(state);
  },
});
