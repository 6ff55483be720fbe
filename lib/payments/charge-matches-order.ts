export type OrderToPay = { id: number; siteId: number; currency: string; total: number; giftCertificateTotal: number };
export type Charge = { intentId: string; amount: number; currency: string; metadata: Record<string, string> | null | undefined };

/**
 * Whether a succeeded PaymentIntent paid for this order: the amount due, in the order's currency,
 * with the order's reference in its metadata. Anything else (an amount edited on the dashboard,
 * an intent of another order or store) must never mark the order paid, so it is refused and
 * logged for someone to look at.
 */
export function chargeMatchesOrder(order: OrderToPay, charge: Charge): boolean {
  const mismatches = [
    charge.amount !== order.total - order.giftCertificateTotal && "amount",
    // A signed event is still outside data: a field Stripe always sends may be missing here.
    String(charge.currency ?? "").toUpperCase() !== order.currency.toUpperCase() && "currency",
    (charge.metadata?.orderId !== String(order.id) || charge.metadata?.siteId !== String(order.siteId)) && "order reference",
  ].filter((mismatch) => mismatch !== false);
  if (mismatches.length === 0) return true;
  console.error("[payments] charge does not match its order; order not marked paid", {
    siteId: order.siteId,
    orderId: order.id,
    intentId: charge.intentId,
    mismatches,
    charged: { amount: charge.amount, currency: charge.currency },
    due: { amount: order.total - order.giftCertificateTotal, currency: order.currency },
  });
  return false;
}
