import { gatewayFor } from "@/lib/payments/gateway";

/**
 * What the payment page hands Stripe.js for a pending order: the PaymentIntent's client secret
 * (fetched again, never stored, as resumeCheckout does) and the store's publishable key.
 */
export async function paymentSession(siteId: number, paymentIntentId: string) {
  const gateway = await gatewayFor(siteId);
  const intent = await gateway.retrieveIntent(paymentIntentId);
  return { mode: gateway.mode, clientSecret: intent.clientSecret, publishableKey: gateway.publishableKey, intentStatus: intent.status };
}
