import { expect } from "vitest";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";

/**
 * The token in the newest e-mail of one kind (its tag) sent to `to`, read from the dev outbox.
 * E-mails go out after the response, so this waits for one to arrive.
 */
export async function mailedToken(to: string, tag: "password-reset" | "verify-email"): Promise<string> {
  const sent = async () => (await listOutbox({ limit: 200 })).filter((m) => m.to === to && m.tag === tag);
  await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const [newest] = await sent();
  const message = await readOutboxMessage(newest.id);
  return decodeURIComponent(/token=([\w%-]+)/.exec(message!.text)![1]);
}
