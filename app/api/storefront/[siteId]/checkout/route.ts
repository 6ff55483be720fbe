import { afterResponse } from "@/lib/api/after-response";
import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { checkout } from "@/lib/checkout/checkout";
import { checkoutSchema, idempotencyKeySchema } from "@/lib/checkout/schemas";
import { optionalCustomer } from "@/lib/customers/require-customer";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/checkout – place the order and open its payment
  POST: async ({ request, store }) => {
    const input = await parseBody(checkoutSchema, request);
    const header = request.headers.get("idempotency-key");
    const idempotencyKey = header === null ? null : parseParams(idempotencyKeySchema, header);
    const session = input.loyaltyPoints ? await optionalCustomer(request, store.siteId) : null;
    const result = await checkout(store, input, idempotencyKey, session?.customerId ?? null);
    // A gift certificate paid it all: the order is complete now, with no webhook to come.
    if (result.paymentMode === "gift_certificate") afterResponse(() => sendOrderConfirmation(result.orderId));
    return ok(result);
  },
});
