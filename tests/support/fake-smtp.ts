import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { runFakeRequestProbes } from "./loopback-server";

export type ReceivedMail = {
  /** Envelope sender and recipients, as given in MAIL FROM and RCPT TO. */
  from: string;
  to: string[];
  /** The user the client authenticated as, if it did. */
  user?: string;
  /** The message exactly as sent after DATA: headers and MIME body. */
  raw: string;
};

/**
 * An SMTP server on a free loopback port that accepts everything and keeps what it receives.
 * Plain text only (no STARTTLS, auth allowed without TLS): the client under test is told
 * smtp://, and the server's built-in certificate would be refused anyway.
 */
export async function startFakeSmtp() {
  const received: ReceivedMail[] = [];
  // Where the server stops answering, as a hung mail server: before its greeting, or after the message.
  let stalled: "greeting" | "data" | null = null;
  let port = 0;
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onMailFrom(_address, _session, callback) {
      void runFakeRequestProbes(`smtp://127.0.0.1:${port}`).then(() => callback());
    },
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onConnect(_session, callback) {
      if (stalled !== "greeting") callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stalled === "data") return;
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : undefined,
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  port = (server.server.address() as AddressInfo).port;

  return {
    port,
    received,
    /** From now on, never greet new connections, or never acknowledge a message; null answers again. */
    stall: (where: "greeting" | "data" | null) => {
      stalled = where;
    },
    /** A connection URL for the mailer; credentials are accepted whatever they are. */
    url: (auth = "") => `smtp://${auth ? `${auth}@` : ""}127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
