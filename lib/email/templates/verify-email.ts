import { button, emailDocument, html, oneLine, type EmailStore } from "./html";

export type VerifyEmailInput = { store: EmailStore; firstName?: string | null; verifyUrl: string };

export function verifyEmailEmail({ store, firstName, verifyUrl }: VerifyEmailInput) {
  const greeting = firstName ? `Hi ${firstName},` : "Hi,";
  const subject = oneLine(`Confirm your email for ${store.name}`);
  const text = [
    greeting,
    "",
    `Please confirm that this is your email address for your ${store.name} account. Open this link within 24 hours:`,
    "",
    verifyUrl,
    "",
    "Once confirmed, orders you placed as a guest with this address appear in your account. If you did not create an account, ignore this e-mail. The link works once.",
  ].join("\n");
  const body = html`
<p style="margin:0 0 8px">${greeting}</p>
<p style="margin:0 0 20px">Please confirm that this is your email address for your ${store.name} account. The link works for 24 hours:</p>
${button(verifyUrl, "Confirm my email")}
<p style="margin:20px 0 0;font-size:13px;color:#57534e">Once confirmed, orders you placed as a guest with this address appear in your account. If you did not create an account, ignore this e-mail. The link works once.</p>`;
  return { subject, text, html: emailDocument({ store, title: subject, preheader: "Confirm your email within 24 hours", body }) };
}
