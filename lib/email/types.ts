/** What a caller hands to sendEmail; `from` falls back to EMAIL_FROM. */
export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  from?: string;
  replyTo?: string;
  /** Short machine name of the kind of e-mail ("order-confirmation"), for the outbox and mail logs. */
  tag: string;
};

/** A message after validation, with its sender settled. */
export type OutgoingEmail = EmailMessage & { from: string };

export type TransportKind = "smtp" | "outbox";

/** The one seam between the mailer and where messages go; tests build either kind directly. */
export type MailTransport = {
  readonly kind: TransportKind;
  send(message: OutgoingEmail): Promise<{ id: string }>;
};

export type SentEmail = { id: string; transport: TransportKind };
