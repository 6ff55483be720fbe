import { afterResponse } from "@/lib/api/after-response";
import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { completeDemoPayment, demoPaymentSchema } from "@/lib/checkout/confirm-payment";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/checkout/demo-payment – pay a demo-mode order without a card
  POST: async ({ request, store }) => {
    const { state, completedOrderId } = await completeDemoPayment(store.siteId, await parseBody(demoPaymentSchema, request));
    if (completedOrderId) afterResponse(() => sendOrderConfirmation(completedOrderId));
    return ok(state);
  },
});
