import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { getCart } from "@/lib/cart/get-cart";
import type { CartItemView } from "@/lib/cart/schemas";
import { liveCartWhere } from "@/lib/cart/lifecycle";
import { loyaltySettings } from "@/lib/loyalty/settings";
import { getShippingRates } from "@/lib/shipping/get-shipping-rates";
import type { ShippingRateView } from "@/lib/shipping/schemas";
import type { StoreContext } from "@/lib/sites/get-store";
import { computeTotals, type Totals } from "./compute-totals";
import { destinationOf, taxRateForDestination, usableDiscount, usableGiftCertificate, type UsableDiscount } from "./price-inputs";

export type CheckoutPreviewInput = {
  sessionId: string;
  address: { country?: string; state?: string; postalCode?: string; city?: string };
  /** The rate the shopper picked; kept when the destination still offers it, else the first rate is. */
  shippingRateId?: string | null;
  discountCode?: string | null;
  giftCertificateCode?: string | null;
  loyaltyPoints?: number | null;
  /** The shop's signed-in shopper, whose the cart becomes when the page places the order (claimCartForCustomer). */
  customerId?: number | null;
};

export type CheckoutPreview = {
  items: CartItemView[];
  rates: ShippingRateView[];
  shippingRateId: string | null;
  totals: Totals;
  discount: { code: string; description: string | null; discountType: UsableDiscount["discountType"] } | null;
  /** Why the typed discount code does not apply; null when none was typed or it applies. */
  discountError: string | null;
  giftCertificate: { code: string; balance: number } | null;
  giftCertificateError: string | null;
  /** The cart's signed-in customer's points, where the store's program is on; else null. */
  loyalty: { balance: number; pointValueCents: number } | null;
  /** Why the points asked for cannot be redeemed; null when none were asked for or they can. */
  loyaltyError: string | null;
};

// Live quotes must not hold the page up: a slow carrier is left out, the portal's rates answer.
const LIVE_RATE_TIMEOUT_MS = 4000;

/**
 * What the checkout page shows before the order is placed: the destination's shipping rates and
 * the totals that POST /checkout would charge for them (the same inputs, read by lib/checkout/
 * price-inputs.ts, and the same computeTotals). Consumes nothing: codes are checked, not held.
 * A code that does not apply is reported beside its field and left out of the totals.
 */
export async function previewCheckout(store: StoreContext, input: CheckoutPreviewInput): Promise<CheckoutPreview> {
  const cart = await getCart(store.siteId, input.sessionId);
  const destination = destinationOf(input.address);
  const rates = /^[A-Z]{2}$/.test(destination.country)
    ? await getShippingRates(
        {
          country: destination.country,
          state: destination.state ?? undefined,
          postalCode: destination.postalCode ?? undefined,
          city: destination.city ?? undefined,
          recipientName: "Customer",
          variantIds: cart.items.flatMap((item) => (item.variantId ? [item.variantId] : [])),
          productIds: cart.items.flatMap((item) => (item.variantId ? [] : [item.productId])),
          siteId: store.siteId,
        },
        { timeoutMs: LIVE_RATE_TIMEOUT_MS },
      )
    : [];
  const rate = rates.find((r) => String(r.id) === input.shippingRateId) ?? rates[0] ?? null;

  const discount = await settle(input.discountCode, (code) => usableDiscount(store, code, cart.subtotal));
  const gift = await settle(input.giftCertificateCode, (code) => usableGiftCertificate(store.siteId, code));
  const loyalty = await loyaltyOfCart(store.siteId, input.sessionId, input.customerId ?? null);
  const points = input.loyaltyPoints ?? 0;
  const loyaltyError = points <= 0 ? null : !loyalty ? "Sign in to a store with a loyalty program to redeem points" : points > loyalty.balance ? `You have ${loyalty.balance} points` : null;
  const totals = computeTotals({
    subtotal: cart.subtotal,
    shipping: rate,
    discount: discount.value,
    taxRate: await taxRateForDestination(store.siteId, destination),
    giftCertificateBalance: gift.value?.remainingAmount ?? null,
    loyalty: loyalty && !loyaltyError ? { points, pointValueCents: loyalty.pointValueCents } : null,
  });
  return {
    items: cart.items,
    rates,
    shippingRateId: rate ? String(rate.id) : null,
    totals,
    discount: discount.value ? { code: discount.value.code, description: discount.value.description, discountType: discount.value.discountType } : null,
    discountError: discount.error,
    giftCertificate: gift.value ? { code: gift.value.code, balance: gift.value.remainingAmount } : null,
    giftCertificateError: gift.error,
    loyalty,
    loyaltyError,
  };
}

/** The points balance of the cart's customer (or the shopper about to claim it), as POST /checkout would redeem from it. */
async function loyaltyOfCart(siteId: number, sessionId: string, shopperId: number | null) {
  const cart = shopperId ? null : await db().cart.findFirst({ where: liveCartWhere(siteId, sessionId), select: { customerId: true } });
  const customerId = shopperId ?? cart?.customerId;
  if (!customerId) return null;
  const settings = await loyaltySettings(siteId);
  if (!settings.enabled) return null;
  const account = await db().loyaltyAccount.findUnique({ where: { siteId_customerId: { siteId, customerId } }, select: { balance: true } });
  return { balance: account?.balance ?? 0, pointValueCents: settings.pointValueCents };
}

/** A code's check as a value or the reason it fails; nothing when no code was typed. */
async function settle<T>(code: string | null | undefined, check: (code: string) => Promise<T>): Promise<{ value: T | null; error: string | null }> {
  const typed = code?.trim();
  if (!typed) return { value: null, error: null };
  try {
    return { value: await check(typed), error: null };
  } catch (error) {
    if (error instanceof ApiError) return { value: null, error: error.message };
    throw error;
  }
}
