import { db } from "@/lib/db";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";

export type PaymentSettings = {
  stripeSecretKey: string | null;
  stripePublishableKey: string | null;
  stripeWebhookSecret: string | null;
  demoPaymentsEnabled: boolean;
};

/**
 * The store's payment keys, read once per site and kept with its catalogue cache (a Store change
 * drops them): every checkout and webhook needs them. Null for a site without a store.
 * Server-side only: the secrets must never reach a page or an answer.
 */
export function paymentSettings(siteId: number): Promise<PaymentSettings | null> {
  return cachedCatalogRead(siteId, "payment-settings", () =>
    db().store.findUnique({
      where: { siteId },
      select: { stripeSecretKey: true, stripePublishableKey: true, stripeWebhookSecret: true, demoPaymentsEnabled: true },
    }),
  );
}
