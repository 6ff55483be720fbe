import { formatMoney } from "@/lib/format/money";

type OrderTotalsProps = {
  totals: { subtotal: number; discountTotal: number; loyaltyDiscountTotal: number; shippingTotal: number; taxTotal: number; total: number; giftCertificateTotal: number };
  currency: string;
  locale: string;
  discountCode?: string | null;
  /** Before an address is known there is no shipping or tax to show yet. */
  shippingKnown?: boolean;
  className?: string;
};

/** Subtotal, discount, loyalty points, shipping, tax, gift certificate and total. Safe in client components. */
export function OrderTotals({ totals, currency, locale, discountCode, shippingKnown = true, className = "" }: OrderTotalsProps) {
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const paidByGift = totals.giftCertificateTotal > 0;
  return (
    <dl className={`space-y-2 text-sm tabular-nums ${className}`}>
      <Row label="Subtotal" value={money(totals.subtotal)} />
      {totals.discountTotal > 0 && <Row label={discountCode ? `Discount (${discountCode})` : "Discount"} value={`−${money(totals.discountTotal)}`} accent />}
      {totals.loyaltyDiscountTotal > 0 && <Row label="Loyalty points" value={`−${money(totals.loyaltyDiscountTotal)}`} accent />}
      <Row label="Shipping" value={!shippingKnown ? "Calculated next" : totals.shippingTotal === 0 ? "Free" : money(totals.shippingTotal)} />
      <Row label="Tax" value={shippingKnown ? money(totals.taxTotal) : "Calculated next"} />
      <div className="flex items-baseline justify-between gap-4 border-t border-stone-200 pt-3 text-base font-semibold text-ink">
        <dt>Total</dt>
        <dd>{money(totals.total)}</dd>
      </div>
      {paidByGift && (
        <>
          <Row label="Gift certificate" value={`−${money(totals.giftCertificateTotal)}`} accent />
          <div className="flex items-baseline justify-between gap-4 font-semibold text-ink">
            <dt>To pay</dt>
            <dd>{money(totals.total - totals.giftCertificateTotal)}</dd>
          </div>
        </>
      )}
    </dl>
  );
}

function Row({ label, value, accent = false }: { label: string; value: string; accent?: boolean }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="text-muted">{label}</dt>
      <dd className={accent ? "font-medium text-emerald-800" : "text-ink"}>{value}</dd>
    </div>
  );
}
