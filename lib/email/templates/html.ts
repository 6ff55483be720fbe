import { formatMoney } from "@/lib/format/money";

// Every e-mail template builds its HTML with the `html` tag below, which escapes each
// interpolated value unless it is already SafeHtml: nothing a shopper or merchant typed can
// become markup, and forgetting to escape is not possible by construction.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ""), ""));
}

/** The store fields every customer e-mail needs. */
export type EmailStore = { name: string; currency: string; locale: string; baseUrl: string; supportEmail?: string | null };

export function moneyIn(store: EmailStore): (cents: number) => string {
  return (cents) => formatMoney(cents, store.currency, store.locale);
}

/** An absolute http(s) URL, relative ones resolved against the shop; anything else (javascript:) is dropped. */
export function absoluteUrl(url: string, baseUrl: string): string | null {
  try {
    const resolved = new URL(url, baseUrl);
    return resolved.protocol === "https:" || resolved.protocol === "http:" ? resolved.href : null;
  } catch {
    return null;
  }
}

/** Subjects are header lines: a merchant's store name must not carry a line break into one. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

export const FONT = "font-family:Helvetica,Arial,sans-serif;color:#1c1917";

export function button(href: string, label: string): SafeHtml {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0"><tr>
<td style="background:#9a3412;border-radius:6px"><a href="${href}" style="display:inline-block;padding:12px 22px;${FONT};color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none">${label}</a></td>
</tr></table>`;
}

/** The page around a message: tables and inline styles, the layout mail clients render alike. */
export function emailDocument({ store, title, preheader, body }: { store: EmailStore; title: string; preheader: string; body: SafeHtml }): string {
  const support = store.supportEmail
    ? html`Questions? Reply to this e-mail or write to <a href="mailto:${store.supportEmail}" style="color:#9a3412">${store.supportEmail}</a>.`
    : html`Questions? Reply to this e-mail.`;
  return html`<!DOCTYPE html>
<html lang="${store.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#faf7f2">
<div style="display:none;max-height:0;overflow:hidden">${preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#faf7f2"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #e7e5e4;border-radius:8px">
<tr><td style="padding:24px 28px;border-bottom:1px solid #e7e5e4;${FONT};font-size:20px;font-weight:bold">${store.name}</td></tr>
<tr><td style="padding:24px 28px;${FONT};font-size:15px;line-height:22px">${body}</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e7e5e4;${FONT};color:#57534e;font-size:13px;line-height:20px">${support}</td></tr>
</table></td></tr></table>
</body></html>`.value;
}
