import { vi } from "vitest";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";

/**
 * The token in the newest e-mail of one kind (its tag) sent to `to`, read from the dev outbox.
 * E-mails go out after the response, so this waits for one to arrive (vi.waitFor rather than
 * expect.poll: it also works in beforeAll).
 */
export async function mailedToken(to: string, tag: "password-reset" | "verify-email"): Promise<string> {
  const [newest] = await vi.waitFor(
    async () => {
      const mailed = (await listOutbox({ limit: 500 })).filter((m) => m.to === to && m.tag === tag);
      if (!mailed.length) throw new Error(`No ${tag} mail to ${to} yet`);
      return mailed;
    },
    { timeout: 10_000, interval: 50 },
  );
  const message = await readOutboxMessage(newest.id);
  return decodeURIComponent(/token=([\w%-]+)/.exec(message!.text)![1]);
}
