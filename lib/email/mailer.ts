import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { defaultOutboxDir, outboxAt } from "./outbox";
import { smtpTransport } from "./smtp-transport";
import type { EmailMessage, MailTransport, SentEmail } from "./types";

export { listOutbox, readOutboxMessage } from "./outbox";
export type { EmailMessage, MailTransport, SentEmail } from "./types";

// A line break in a header field would let a value add headers or recipients of its own.
const headerField = z.string().min(1).max(998).regex(/^[^\r\n]*$/, "must be one line");
const messageSchema = z.object({
  // One plain address: a list or a display name here would be a way to add recipients.
  to: z.email(),
  subject: headerField,
  text: z.string(),
  html: z.string(),
  from: headerField.optional(),
  replyTo: headerField.optional(),
  tag: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, "must be a short name like order-confirmation"),
});

/** SMTP when a server is configured, else the outbox directory. */
export function transportFor(config: { smtpUrl?: string; outboxDir: string }): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : outboxAt(config.outboxDir);
}

/** A sendEmail bound to one transport; tests build their own against a fake server or a temp dir. */
export function createMailer({ transport, defaultFrom }: { transport: MailTransport; defaultFrom: string }) {
  return async function send(message: EmailMessage): Promise<SentEmail> {
    const parsed = messageSchema.safeParse(message);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid e-mail (${message.tag}): ${problems}`);
    }
    const { id } = await transport.send({ ...parsed.data, from: parsed.data.from ?? defaultFrom });
    return { id, transport: transport.kind };
  };
}

let sendWithEnvTransport: ReturnType<typeof createMailer> | undefined;

/** Sends through the transport lib/env configures, built on first use (never at import). */
export function sendEmail(message: EmailMessage): Promise<SentEmail> {
  sendWithEnvTransport ??= createMailer({
    transport: transportFor({ smtpUrl: env.SMTP_URL, outboxDir: defaultOutboxDir() }),
    defaultFrom: env.EMAIL_FROM,
  });
  return sendWithEnvTransport(message);
}
