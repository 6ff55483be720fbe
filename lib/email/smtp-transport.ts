import "server-only";
import nodemailer from "nodemailer";
import type { MailTransport, OutgoingEmail } from "./types";

// Mail is sent after the response (after()), but a hung server must still not hold a worker for
// nodemailer's default minutes; these bound every stage of one delivery.
const TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 };

/** Sends through the SMTP server at `url` (smtp(s)://user:pass@host:port); one transporter per call. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...TIMEOUTS_MS });
  return {
    kind: "smtp",
    async send(message: OutgoingEmail) {
      const info = await transporter.sendMail({
        from: message.from,
        to: message.to,
        replyTo: message.replyTo,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { "X-Storefront-Tag": message.tag },
      });
      return { id: info.messageId };
    },
  };
}
