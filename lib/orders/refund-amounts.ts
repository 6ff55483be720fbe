/**
 * What refunding items of an order gives back, in integer cents.
 *
 * Items were paid at their unit prices less the order's discount plus its tax, so an item's share
 * of the money is its share of the merchandise subtotal applied to everything the order charged
 * except shipping (total − shippingTotal: the discounted goods with their tax). Shipping is not
 * refunded with items. A gift certificate paid part of the order: only the card's share
 * ((total − giftCertificateTotal) / total) goes back to the card.
 *
 * The value is computed for the cumulative goods refunded (everything refunded before plus this
 * refund) and this refund gets the difference, so rounding never drifts: refunding every unit,
 * in any number of refunds, gives back exactly floor((total − shippingTotal) × card share).
 */
export type RefundBasis = { subtotal: number; shippingTotal: number; total: number; giftCertificateTotal: number };

/** The card money that goods worth `goodsCents` at their unit prices stand for. */
export function cardValueOfGoods(order: RefundBasis, goodsCents: number): number {
  if (order.subtotal <= 0 || order.total <= 0 || goodsCents <= 0) return 0;
  const goods = BigInt(Math.min(goodsCents, order.subtotal));
  const afterShipping = BigInt(Math.max(0, order.total - order.shippingTotal));
  const charged = BigInt(Math.max(0, order.total - order.giftCertificateTotal));
  // BigInt: three cent amounts multiplied overflow a double's exact range for large orders.
  return Number((goods * afterShipping * charged) / (BigInt(order.subtotal) * BigInt(order.total)));
}

export type RefundLine = { orderItemId: number; unitPrice: number; quantity: number };

/**
 * Each line's amount and the refund's total, for lines refunded after `refundedGoodsCents` worth
 * of goods (at unit prices) was refunded already.
 */
export function refundAmounts(order: RefundBasis, refundedGoodsCents: number, lines: RefundLine[]) {
  let goods = refundedGoodsCents;
  let value = cardValueOfGoods(order, goods);
  const amounts = lines.map((line) => {
    goods += line.unitPrice * line.quantity;
    const next = cardValueOfGoods(order, goods);
    const amount = next - value;
    value = next;
    return { ...line, amount };
  });
  return { lines: amounts, amount: amounts.reduce((sum, l) => sum + l.amount, 0) };
}
