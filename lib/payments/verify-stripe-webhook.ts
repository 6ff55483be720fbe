import type Stripe from "stripe";
import { ApiError } from "@/lib/api/errors";
import { paymentSettings } from "./payment-settings";
import { stripeClient } from "./stripe-client";

/** How far a signature's timestamp may lie from now, either way, in seconds. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Verifies a webhook's signature with the store's own endpoint secret (5-minute tolerance) and parses it. */
export async function verifyStripeWebhook(siteId: number, payload: string, signature: string | null): Promise<Stripe.Event> {
  const store = await paymentSettings(siteId);
  if (!store?.stripeWebhookSecret || !store.stripeSecretKey) {
    throw new ApiError("service_unavailable", "Stripe webhooks are not configured for this store");
  }
  if (!signature) throw new ApiError("invalid_signature", "Missing Stripe-Signature header");
  let event: Stripe.Event;
  try {
    event = stripeClient(store.stripeSecretKey).webhooks.constructEvent(payload, signature, store.stripeWebhookSecret, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    throw new ApiError("invalid_signature", "Invalid Stripe signature");
  }
  // stripe-node refuses only timestamps too old; one signed far ahead would stay replayable
  // until long after the window, so it is refused as well.
  if (!(signedAt(signature) <= Date.now() / 1000 + SIGNATURE_TOLERANCE_SECONDS)) {
    throw new ApiError("invalid_signature", "Invalid Stripe signature");
  }
  return event;
}

// The header's timestamp as stripe-node reads it (the last t= wins), so both checks see one value.
function signedAt(signature: string): number {
  return signature.split(",").reduce((timestamp, item) => {
    const [key, value] = item.split("=");
    return key === "t" ? parseInt(value, 10) : timestamp;
  }, Number.NaN);
}
