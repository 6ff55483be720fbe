import { absoluteUrl, button, emailDocument, html, oneLine, type EmailStore } from "./html";

export type BackInStockInput = { store: EmailStore; productName: string; variantName: string; productUrl: string };

export function backInStockEmail({ store, productName, variantName, productUrl }: BackInStockInput) {
  const link = absoluteUrl(productUrl, store.baseUrl);
  if (!link) throw new Error("backInStockEmail: productUrl must be an http(s) URL");
  const subject = oneLine(`${productName} is back in stock at ${store.name}`);
  const text = [
    "Hi,",
    "",
    `${variantName} is back in stock at ${store.name}. You asked us to tell you; this is the only message we send about it.`,
    "",
    `See it: ${link}`,
  ].join("\n");
  const body = html`
<p style="margin:0 0 8px">Hi,</p>
<p style="margin:0 0 20px">${variantName} is back in stock at ${store.name}. You asked us to tell you; this is the only message we send about it.</p>
${button(link, `See ${productName}`)}`;
  return { subject, text, html: emailDocument({ store, title: subject, preheader: `${productName} is back`, body }) };
}
