import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { env } from "@/lib/env";
import type { MailTransport, OutgoingEmail } from "./types";

// Without SMTP_URL every message becomes one JSON file, so development and tests can read what
// would have been sent. File names start with a UTC timestamp, so name order is time order.

const outboxMessageSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  to: z.string(),
  from: z.string(),
  replyTo: z.string().optional(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  tag: z.string(),
});

export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export type OutboxSummary = Pick<OutboxMessage, "id" | "createdAt" | "to" | "from" | "subject" | "tag">;

// "20250102T030405678Z-0123456789ab": the only shape accepted as an id, so an id can never name
// a path outside the outbox (no dots, no slashes).
const ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{12}$/;
const FILE_PATTERN = /^(\d{8}T\d{9}Z-[0-9a-f]{12})\.json$/;
const MAX_LIST = 500;

let lastStamp = 0;

/** Ids stay in send order within this process even when two messages share a millisecond. */
function newId(now: Date): string {
  lastStamp = Math.max(now.getTime(), lastStamp + 1);
  const stamp = new Date(lastStamp).toISOString().replace(/[-:.]/g, "");
  return `${stamp}-${randomBytes(6).toString("hex")}`;
}

export function isOutboxId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** An outbox in `dir`: a mail transport that writes files, plus the readers of those files. */
export function outboxAt(dir: string) {
  const transport: MailTransport = {
    kind: "outbox",
    async send(message: OutgoingEmail) {
      const now = new Date();
      const id = newId(now);
      const record: OutboxMessage = { id, createdAt: now.toISOString(), ...message };
      await mkdir(dir, { recursive: true });
      // Written under a name the readers skip, then renamed: a reader never sees half a message.
      const temporary = join(dir, `.${id}.json.tmp`);
      await writeFile(temporary, JSON.stringify(record, null, 2), { flag: "wx" });
      await rename(temporary, join(dir, `${id}.json`));
      return { id };
    },
  };

  async function read(id: string): Promise<OutboxMessage | null> {
    if (!isOutboxId(id)) return null;
    try {
      return outboxMessageSchema.parse(JSON.parse(await readFile(join(dir, `${id}.json`), "utf8")));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  /** Newest first. */
  async function list({ limit = 50 }: { limit?: number } = {}): Promise<OutboxSummary[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const count = Math.min(Math.max(Math.trunc(limit), 1), MAX_LIST);
    const ids = names.flatMap((name) => FILE_PATTERN.exec(name)?.[1] ?? []).sort().reverse().slice(0, count);
    // A file removed between readdir and read (someone cleared the outbox) is simply left out.
    const messages = await Promise.all(ids.map(read));
    return messages.flatMap((m) => (m ? [{ id: m.id, createdAt: m.createdAt, to: m.to, from: m.from, subject: m.subject, tag: m.tag }] : []));
  }

  return { ...transport, dir, read, list };
}

export function defaultOutboxDir(): string {
  return resolve(env.DATA_DIR, "outbox");
}

export function listOutbox(options: { limit?: number } = {}): Promise<OutboxSummary[]> {
  return outboxAt(defaultOutboxDir()).list(options);
}

export function readOutboxMessage(id: string): Promise<OutboxMessage | null> {
  return outboxAt(defaultOutboxDir()).read(id);
}
