import type Stripe from "stripe";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { stripeClient } from "./stripe-client";

/** Verifies a webhook's signature with the store's own endpoint secret (5-minute tolerance) and parses it. */
export async function verifyStripeWebhook(siteId: number, payload: string, signature: string | null): Promise<Stripe.Event> {
  const store = await db().store.findUnique({ where: { siteId }, select: { stripeSecretKey: true, stripeWebhookSecret: true } });
  if (!store?.stripeWebhookSecret || !store.stripeSecretKey) {
    throw new ApiError("service_unavailable", "Stripe webhooks are not configured for this store");
  }
  if (!signature) throw new ApiError("invalid_signature", "Missing Stripe-Signature header");
  try {
    return stripeClient(store.stripeSecretKey).webhooks.constructEvent(payload, signature, store.stripeWebhookSecret);
  } catch {
    throw new ApiError("invalid_signature", "Invalid Stripe signature");
  }
}
