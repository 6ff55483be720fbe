import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { MailTransport, OutgoingEmail } from "./types";

// Mail is sent after the response (after()), but a hung server must still not hold a worker for
// nodemailer's default minutes; these bound every stage of one delivery.
const timeouts = () => ({
  connectionTimeout: env.SMTP_CONNECT_TIMEOUT_MS,
  greetingTimeout: env.SMTP_CONNECT_TIMEOUT_MS,
  dnsTimeout: env.SMTP_CONNECT_TIMEOUT_MS,
  socketTimeout: env.SMTP_SOCKET_TIMEOUT_MS,
});

/** Sends through the SMTP server at `url` (smtp(s)://user:pass@host:port); one transporter per call. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...timeouts() });
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
