import type { Totals } from "@/lib/checkout/compute-totals";
import type { CheckoutPreview } from "@/lib/checkout/preview-checkout";

export type RateOption = {
  id: string;
  name: string;
  /** What this rate costs the order: 0 when the subtotal reaches its freeAbove. */
  price: number;
  delivery: string | null;
};

/** What the checkout form shows of a preview; only plain data crosses to the browser. */
export type PreviewView = {
  rates: RateOption[];
  shippingRateId: string | null;
  totals: Totals;
  discount: { code: string; description: string | null } | null;
  discountError: string | null;
  giftCertificate: { code: string } | null;
  giftCertificateError: string | null;
  /** The signed-in customer's points, where the store runs a loyalty program. */
  loyalty: { balance: number; pointValueCents: number } | null;
  loyaltyError: string | null;
};

function delivery(min: number | null, max: number | null): string | null {
  if (min && max) return min === max ? `${min} business day${min === 1 ? "" : "s"}` : `${min}–${max} business days`;
  if (max) return `Up to ${max} business days`;
  return null;
}

export function toPreviewView(preview: CheckoutPreview): PreviewView {
  const freeShippingCode = preview.discount?.discountType === "free_shipping";
  return {
    rates: preview.rates.map((rate) => ({
      id: String(rate.id),
      name: rate.name,
      price: freeShippingCode || (rate.freeAbove !== null && preview.totals.subtotal >= rate.freeAbove) ? 0 : rate.price,
      delivery: delivery(rate.minDeliveryDays, rate.maxDeliveryDays),
    })),
    shippingRateId: preview.shippingRateId,
    totals: preview.totals,
    discount: preview.discount ? { code: preview.discount.code, description: preview.discount.description } : null,
    discountError: preview.discountError,
    giftCertificate: preview.giftCertificate ? { code: preview.giftCertificate.code } : null,
    giftCertificateError: preview.giftCertificateError,
    loyalty: preview.loyalty,
    loyaltyError: preview.loyaltyError,
  };
}
