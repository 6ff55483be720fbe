import { discountOnSubtotal, type DiscountRow } from "@/lib/discounts/evaluate-discount";

export type TaxRateRow = { country: string; state: string | null; rate: number; includesShipping: boolean };

export type TotalsInput = {
  subtotal: number;
  shipping: { price: number; freeAbove: number | null } | null;
  discount: Pick<DiscountRow, "discountType" | "amount"> | null;
  taxRate: Pick<TaxRateRow, "rate" | "includesShipping"> | null;
  giftCertificateBalance: number | null;
  /** Loyalty points the customer asks to redeem, and what each is worth in cents. */
  loyalty?: { points: number; pointValueCents: number } | null;
};

export type Totals = {
  subtotal: number;
  shippingTotal: number;
  discountTotal: number;
  /** Points taken: at most the asked for, and no more than the discounted merchandise is worth. */
  loyaltyPointsRedeemed: number;
  /** What those points take off the merchandise, like a discount (tax is on what is left). */
  loyaltyDiscountTotal: number;
  taxTotal: number;
  /** What the order costs: subtotal − discount − loyalty discount + shipping + tax. */
  total: number;
  giftCertificateTotal: number;
  /** What is left to charge after the gift certificate. */
  amountDue: number;
};

/**
 * An order's totals, all in cents. Shipping is free when the merchandise subtotal reaches the
 * rate's freeAbove, or with a free-shipping code. Tax (basis points, rounded to the cent) is on
 * the discounted merchandise, plus shipping where the rate says so. A gift certificate pays
 * what it can of the total.
 */
export function computeTotals(input: TotalsInput): Totals {
  const { subtotal } = input;
  const discountTotal = input.discount ? discountOnSubtotal(input.discount, subtotal) : 0;
  const freeShipping =
    input.discount?.discountType === "free_shipping" ||
    (input.shipping?.freeAbove !== null && input.shipping?.freeAbove !== undefined && subtotal >= input.shipping.freeAbove);
  const shippingTotal = input.shipping && !freeShipping ? input.shipping.price : 0;
  const loyaltyPointsRedeemed = pointsWorthAtMost(input.loyalty, subtotal - discountTotal);
  const loyaltyDiscountTotal = loyaltyPointsRedeemed * (input.loyalty?.pointValueCents ?? 0);
  const merchandise = subtotal - discountTotal - loyaltyDiscountTotal;
  const taxable = merchandise + (input.taxRate?.includesShipping ? shippingTotal : 0);
  const taxTotal = input.taxRate ? Math.round((taxable * input.taxRate.rate) / 10_000) : 0;
  const total = merchandise + shippingTotal + taxTotal;
  const giftCertificateTotal = Math.min(total, Math.max(0, input.giftCertificateBalance ?? 0));
  return { subtotal, shippingTotal, discountTotal, loyaltyPointsRedeemed, loyaltyDiscountTotal, taxTotal, total, giftCertificateTotal, amountDue: total - giftCertificateTotal };
}

/** The points asked for, fewer where they would be worth more than `cents`. */
function pointsWorthAtMost(loyalty: TotalsInput["loyalty"], cents: number): number {
  if (!loyalty || loyalty.points <= 0 || loyalty.pointValueCents <= 0 || cents <= 0) return 0;
  return Math.min(loyalty.points, Math.floor(cents / loyalty.pointValueCents));
}

/** The destination's tax rate: a rate for its state beats a country-wide one. */
export function taxRateFor(rates: TaxRateRow[], country: string | null, state: string | null): TaxRateRow | null {
  if (!country) return null;
  const upper = (v: string | null) => v?.trim().toUpperCase() ?? null;
  const inCountry = rates.filter((r) => upper(r.country) === upper(country));
  return inCountry.find((r) => r.state !== null && upper(r.state) === upper(state)) ?? inCountry.find((r) => r.state === null) ?? null;
}
