import { ApiError } from "@/lib/api/errors";

/**
 * A Stripe Billing call on the customer's behalf: our own refusals pass through, and anything
 * Stripe refuses or fails becomes a 502 the customer may retry (the cause is logged, not sent).
 */
export async function callStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    console.error("[subscriptions] Stripe call failed", { error: (error as Error).message });
    throw new ApiError("payment_provider_error", "Stripe could not make this change, so nothing changed. Please try again.");
  }
}
