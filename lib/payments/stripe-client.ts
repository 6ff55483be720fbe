import Stripe from "stripe";
import { env } from "@/lib/env";

/**
 * A stripe-node client with a store's own secret key. STRIPE_API_URL moves it off api.stripe.com
 * (tests point it at a fake Stripe on loopback). A read accessor so tests can change it per run.
 */
export function stripeClient(secretKey: string): Stripe {
  const base = stripeApiUrl();
  return new Stripe(secretKey, {
    maxNetworkRetries: env.STRIPE_MAX_NETWORK_RETRIES,
    timeout: env.STRIPE_TIMEOUT_MS,
    ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === "https:" ? 443 : 80)), protocol: base.protocol.replace(":", "") as "http" | "https" } : {}),
  });
}

function stripeApiUrl(): URL | null {
  const url = process.env.STRIPE_API_URL ?? env.STRIPE_API_URL;
  return url ? new URL(url) : null;
}
