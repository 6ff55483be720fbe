import { absoluteUrl, button, emailDocument, FONT, html, moneyIn, oneLine, type EmailStore } from "./html";

export type OrderConfirmationInput = {
  store: EmailStore;
  order: {
    orderNumber: string;
    customerName: string;
    customerEmail: string;
    items: { productName: string; variantName?: string | null; quantity: number; unitPrice: number; total: number }[];
    subtotal: number;
    shippingTotal: number;
    discountTotal: number;
    loyaltyPointsRedeemed: number;
    loyaltyDiscountTotal: number;
    giftCertificateTotal: number;
    taxTotal: number;
    total: number;
    /** Order.shippingAddress: free-form JSON as checkout received it. */
    shippingAddress: unknown;
    shippingMethod?: string | null;
  };
};

const CELL = `padding:8px 0;border-bottom:1px solid #e7e5e4;${FONT};font-size:14px`;

export function orderConfirmationEmail({ store, order }: OrderConfirmationInput) {
  const money = moneyIn(store);
  const lookupUrl = absoluteUrl(`/store/orders/lookup?order=${encodeURIComponent(order.orderNumber)}`, store.baseUrl);
  const address = addressLines(order.shippingAddress);
  const itemName = (i: OrderConfirmationInput["order"]["items"][number]) =>
    i.variantName ? `${i.productName} (${i.variantName})` : i.productName;

  // Discounts, points and gift certificates reduce the total, so they show as negative amounts.
  const totals: [string, string][] = [
    ["Subtotal", money(order.subtotal)],
    [order.shippingMethod ? `Shipping (${order.shippingMethod})` : "Shipping", money(order.shippingTotal)],
    ...(order.discountTotal ? [["Discount", money(-order.discountTotal)] as [string, string]] : []),
    ...(order.loyaltyDiscountTotal
      ? [[`Loyalty points (${order.loyaltyPointsRedeemed.toLocaleString(store.locale)})`, money(-order.loyaltyDiscountTotal)] as [string, string]]
      : []),
    ...(order.giftCertificateTotal ? [["Gift certificate", money(-order.giftCertificateTotal)] as [string, string]] : []),
    ["Tax", money(order.taxTotal)],
  ];

  const subject = oneLine(`Your ${store.name} order ${order.orderNumber} is confirmed`);

  const text = [
    `Thank you for your order, ${order.customerName}!`,
    "",
    `Order ${order.orderNumber}`,
    "",
    ...order.items.map((i) => `${i.quantity} × ${itemName(i)} (${money(i.unitPrice)} each): ${money(i.total)}`),
    "",
    ...totals.map(([label, amount]) => `${label}: ${amount}`),
    `Total: ${money(order.total)}`,
    ...(address.length ? ["", "Shipping to:", ...address] : []),
    ...(lookupUrl ? ["", `View your order: ${lookupUrl}`, `Look it up with ${order.customerEmail}.`] : []),
    "",
    store.supportEmail ? `Questions? Reply to this e-mail or write to ${store.supportEmail}.` : "Questions? Reply to this e-mail.",
  ].join("\n");

  const body = html`
<p style="margin:0 0 8px;font-size:18px;font-weight:bold">Thank you for your order, ${order.customerName}!</p>
<p style="margin:0 0 20px;color:#57534e">Order <strong>${order.orderNumber}</strong> is confirmed. We'll e-mail you again when it ships.</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${order.items.map(
  (i) => html`<tr><td style="${CELL}">${itemName(i)}<br><span style="color:#57534e;font-size:13px">${i.quantity} × ${money(i.unitPrice)}</span></td>
<td align="right" style="${CELL};white-space:nowrap;vertical-align:top">${money(i.total)}</td></tr>`,
)}
${totals.map(
  ([label, amount]) => html`<tr><td style="padding:4px 0;${FONT};font-size:14px;color:#57534e">${label}</td>
<td align="right" style="padding:4px 0;${FONT};font-size:14px;white-space:nowrap">${amount}</td></tr>`,
)}
<tr><td style="padding:8px 0;border-top:2px solid #1c1917;${FONT};font-size:16px;font-weight:bold">Total</td>
<td align="right" style="padding:8px 0;border-top:2px solid #1c1917;${FONT};font-size:16px;font-weight:bold;white-space:nowrap">${money(order.total)}</td></tr>
</table>
${address.length ? html`<p style="margin:24px 0 4px;font-weight:bold">Shipping to</p><p style="margin:0;color:#57534e">${address.map((line, n) => html`${n ? html`<br>` : ""}${line}`)}</p>` : ""}
${lookupUrl ? html`${button(lookupUrl, "View your order")}<p style="margin:0;color:#57534e;font-size:13px">Look it up with ${order.customerEmail}.</p>` : ""}`;

  return { subject, text, html: emailDocument({ store, title: subject, preheader: `Order ${order.orderNumber}: ${money(order.total)}`, body }) };
}

const str = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).trim() : "");

/** Lines of a postal address in the usual order; unknown shapes fall back to their text values. */
export function addressLines(address: unknown): string[] {
  if (typeof address === "string") return address.split(/\r?\n|,\s*/).map((l) => l.trim()).filter(Boolean);
  if (!address || typeof address !== "object" || Array.isArray(address)) return [];
  const a = address as Record<string, unknown>;
  const name = str(a.name) || [str(a.firstName), str(a.lastName)].filter(Boolean).join(" ");
  const place = [str(a.city), [str(a.state ?? a.province ?? a.region), str(a.postalCode ?? a.zip)].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  const lines = [name, str(a.company), str(a.line1 ?? a.address1), str(a.line2 ?? a.address2), place, str(a.country)].filter(Boolean);
  return lines.length ? lines : Object.values(a).map(str).filter(Boolean);
}
