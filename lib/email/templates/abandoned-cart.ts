import { absoluteUrl, button, emailDocument, FONT, html, moneyIn, oneLine, type EmailStore } from "./html";

export type AbandonedCartInput = {
  store: EmailStore;
  customerName?: string | null;
  items: { productName: string; variantName?: string | null; quantity: number; lineTotal: number; image?: string | null }[];
  subtotal: number;
  /** The single-use link that restores the cart (GET /cart/recover?token=...). */
  recoveryUrl: string;
};

const CELL = `padding:8px 0;border-bottom:1px solid #e7e5e4;${FONT};font-size:14px;vertical-align:middle`;

export function abandonedCartEmail({ store, customerName, items, subtotal, recoveryUrl }: AbandonedCartInput) {
  const money = moneyIn(store);
  const link = absoluteUrl(recoveryUrl, store.baseUrl);
  if (!link) throw new Error("abandonedCartEmail: recoveryUrl must be an http(s) URL");
  const greeting = customerName ? `Hi ${customerName},` : "Hi,";
  const itemName = (i: AbandonedCartInput["items"][number]) => (i.variantName ? `${i.productName} (${i.variantName})` : i.productName);

  const subject = oneLine(`You left something in your ${store.name} cart`);

  const text = [
    greeting,
    "",
    `Your cart at ${store.name} is saved. Pick up where you left off:`,
    "",
    ...items.map((i) => `${i.quantity} × ${itemName(i)}: ${money(i.lineTotal)}`),
    "",
    `Subtotal: ${money(subtotal)}`,
    "",
    `Return to your cart: ${link}`,
    "",
    "The link works once.",
  ].join("\n");

  const body = html`
<p style="margin:0 0 8px">${greeting}</p>
<p style="margin:0 0 20px">Your cart at ${store.name} is saved. Pick up where you left off:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${items.map((i) => {
  const image = i.image ? absoluteUrl(i.image, store.baseUrl) : null;
  return html`<tr>
<td width="72" style="${CELL}">${image ? html`<img src="${image}" width="60" height="60" alt="" style="display:block;border-radius:4px;object-fit:cover">` : ""}</td>
<td style="${CELL}">${itemName(i)}<br><span style="color:#57534e;font-size:13px">Qty ${i.quantity}</span></td>
<td align="right" style="${CELL};white-space:nowrap">${money(i.lineTotal)}</td></tr>`;
})}
<tr><td></td><td style="padding:8px 0;${FONT};font-size:15px;font-weight:bold">Subtotal</td>
<td align="right" style="padding:8px 0;${FONT};font-size:15px;font-weight:bold;white-space:nowrap">${money(subtotal)}</td></tr>
</table>
${button(link, "Return to your cart")}
<p style="margin:0;color:#57534e;font-size:13px">The link works once.</p>`;

  return { subject, text, html: emailDocument({ store, title: subject, preheader: `Your ${store.name} cart is saved`, body }) };
}
