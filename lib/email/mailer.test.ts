import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeSmtp } from "@/tests/support/fake-smtp";
import { createMailer, transportFor, type EmailMessage } from "./mailer";
import { smtpTransport } from "./smtp-transport";

const message: EmailMessage = {
  to: "jane@example.test",
  subject: "Your order ORD-7 is confirmed",
  text: "Plain part of the message",
  html: "<p>HTML part of the message</p>",
  replyTo: "help@shop.example.test",
  tag: "order-confirmation",
};

/** The header block of a raw message, continuation lines unfolded. */
const headersOf = (raw: string) => raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");

let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let dataDir: string;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  dataDir = await mkdtemp(join(tmpdir(), "mailer-test-"));
});
afterAll(async () => {
  await smtp.close();
  await rm(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  smtp.received.length = 0;
  vi.unstubAllEnvs();
});

describe("SMTP transport, against a fake server on loopback", () => {
  it("delivers subject, from, to, reply-to, tag and both parts", async () => {
    const send = createMailer({ transport: smtpTransport(smtp.url()), defaultFrom: "Shop <shop@example.test>" });
    const sent = await send(message);

    expect(sent.transport).toBe("smtp");
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({ from: "shop@example.test", to: ["jane@example.test"] });
    const headers = headersOf(mail.raw);
    expect(headers).toContain("Subject: Your order ORD-7 is confirmed");
    expect(headers).toContain("From: Shop <shop@example.test>");
    expect(headers).toContain("To: jane@example.test");
    expect(headers).toContain("Reply-To: help@shop.example.test");
    expect(headers).toContain("X-Storefront-Tag: order-confirmation");
    expect(headers).toContain(`Message-ID: ${sent.id}`);
    expect(headers).toMatch(/Content-Type: multipart\/alternative/);
    expect(mail.raw).toMatch(/Content-Type: text\/plain[^]*Plain part of the message/);
    expect(mail.raw).toMatch(/Content-Type: text\/html[^]*<p>HTML part of the message<\/p>/);
  });

  it("logs in with the URL's credentials and uses a message's own from", async () => {
    const send = createMailer({ transport: smtpTransport(smtp.url("mailer:secret")), defaultFrom: "unused@example.test" });
    await send({ ...message, from: "Maple & Thread <orders@maple.example.test>" });
    expect(smtp.received[0]).toMatchObject({ user: "mailer", from: "orders@maple.example.test" });
    expect(headersOf(smtp.received[0].raw)).toContain('From: "Maple & Thread" <orders@maple.example.test>');
  });

  it("rejects when the server cannot be reached", async () => {
    const closed = await startFakeSmtp();
    await closed.close();
    const send = createMailer({ transport: smtpTransport(closed.url()), defaultFrom: "shop@example.test" });
    await expect(send(message)).rejects.toThrow();
  });
});

describe("message validation", () => {
  const send = createMailer({ transport: smtpTransport(`smtp://127.0.0.1:9`), defaultFrom: "shop@example.test" });

  it.each([
    ["a list of recipients", { to: "jane@example.test, eve@example.test" }],
    ["a line break in the subject", { subject: "Hello\r\nBcc: eve@example.test" }],
    ["a line break in reply-to", { replyTo: "a@example.test\nBcc: eve@example.test" }],
    ["a tag that is not a short name", { tag: "order confirmation!" }],
  ])("refuses %s before anything is sent", async (_, change) => {
    await expect(send({ ...message, ...change })).rejects.toThrow(/Invalid e-mail/);
  });
});

describe("transport choice", () => {
  it("is SMTP with a URL and the outbox without one", () => {
    expect(transportFor({ smtpUrl: smtp.url(), outboxDir: dataDir }).kind).toBe("smtp");
    expect(transportFor({ smtpUrl: undefined, outboxDir: dataDir }).kind).toBe("outbox");
  });

  // lib/env parses once per module graph, so each case loads the mailer afresh under its own variables.
  async function loadMailer(vars: Record<string, string | undefined>) {
    vi.resetModules();
    for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
    return import("./mailer");
  }

  it("sendEmail follows SMTP_URL and EMAIL_FROM", async () => {
    const { sendEmail } = await loadMailer({ SMTP_URL: smtp.url(), EMAIL_FROM: "Test <from@example.test>", DATA_DIR: dataDir });
    expect(await sendEmail(message)).toMatchObject({ transport: "smtp" });
    expect(smtp.received[0].from).toBe("from@example.test");
  });

  it("sendEmail writes to DATA_DIR/outbox without SMTP_URL", async () => {
    const { sendEmail, readOutboxMessage } = await loadMailer({ SMTP_URL: undefined, DATA_DIR: dataDir });
    const sent = await sendEmail(message);
    expect(sent.transport).toBe("outbox");
    expect(await readOutboxMessage(sent.id)).toMatchObject({ to: message.to, from: "Storefront <no-reply@localhost>", tag: message.tag });
    expect(smtp.received).toHaveLength(0);
  });
});
