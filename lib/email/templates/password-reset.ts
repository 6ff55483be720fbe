import { button, emailDocument, html, oneLine, type EmailStore } from "./html";

export type PasswordResetInput = { store: EmailStore; firstName?: string | null; resetUrl: string };

export function passwordResetEmail({ store, firstName, resetUrl }: PasswordResetInput) {
  const greeting = firstName ? `Hi ${firstName},` : "Hi,";
  const subject = oneLine(`Reset your ${store.name} password`);
  const text = [
    greeting,
    "",
    `Someone asked to reset the password of your ${store.name} account. If it was you, open this link within an hour:`,
    "",
    resetUrl,
    "",
    "If it was not, ignore this e-mail: your password stays as it is. The link works once.",
  ].join("\n");
  const body = html`
<p style="margin:0 0 8px">${greeting}</p>
<p style="margin:0 0 20px">Someone asked to reset the password of your ${store.name} account. If it was you, choose a new one within an hour:</p>
${button(resetUrl, "Choose a new password")}
<p style="margin:20px 0 0;font-size:13px;color:#57534e">If it was not you, ignore this e-mail: your password stays as it is. The link works once.</p>`;
  return { subject, text, html: emailDocument({ store, title: subject, preheader: "Choose a new password within an hour", body }) };
}
