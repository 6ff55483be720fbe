import { db } from "@/lib/db";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { ApiError } from "@/lib/api/errors";
import { assertUsable, normaliseCode, type DiscountRow } from "@/lib/discounts/evaluate-discount";
import { effectiveStatus } from "@/lib/gift-certificates/validate-gift-certificate";
import type { ShippingDestination } from "@/lib/shipping/schemas";
import type { StoreContext } from "@/lib/sites/get-store";
import { taxRateFor, type TaxRateRow } from "./compute-totals";

// What an order's price is made of besides the cart, read the same way by POST /checkout and by
// the checkout page's live preview, so the page never shows a total the order would not charge.

type Address = Record<string, unknown> | null | undefined;
const field = (address: Address, key: string) => (typeof address?.[key] === "string" ? (address[key] as string).trim() : null);

/** Where the order ships (or bills, without a shipping address), as shipping and tax read it. */
export function destinationOf(address: Address): ShippingDestination & { country: string } {
  return { country: field(address, "country")?.toUpperCase() ?? "", state: field(address, "state"), postalCode: field(address, "postalCode"), city: field(address, "city") };
}

export type UsableDiscount = DiscountRow & { id: number };

/** The code if it can be used on this subtotal now; otherwise ApiError invalid_discount_code saying why. */
export async function usableDiscount(store: StoreContext, code: string, subtotal: number): Promise<UsableDiscount> {
  const row = await db().discountCode.findUnique({ where: { siteId_code: { siteId: store.siteId, code: normaliseCode(code) } } });
  return { ...assertUsable(row, subtotal, new Date(), store), id: row!.id };
}

/** An active gift certificate with a balance, or ApiError invalid_gift_certificate. */
export async function usableGiftCertificate(siteId: number, code: string) {
  const row = await db().giftCertificate.findUnique({ where: { siteId_code: { siteId, code: normaliseCode(code) } } });
  if (!row || effectiveStatus(row) !== "active") throw new ApiError("invalid_gift_certificate", "Invalid gift certificate");
  return row;
}

/** The tax rate for a destination on this site, or null where none applies. */
export async function taxRateForDestination(siteId: number, destination: { country: string; state?: string | null }): Promise<TaxRateRow | null> {
  const taxRates = await cachedCatalogRead(siteId, "tax-rates", () => db().taxRate.findMany({ where: { siteId } }));
  return taxRateFor(taxRates, destination.country || null, destination.state ?? null);
}
