import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { vi } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { callRoute } from "./api";

/** POST /auth on a site with a body (an action), and optionally more headers. */
export const callAuth = (siteId: number, body: unknown, headers: Record<string, string> = {}) =>
  callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params: { siteId: String(siteId) }, method: "POST", body, headers });

/** Registers a new customer on a site through POST /auth; answers its Bearer token and id. */
export async function signUp(siteId: number) {
  const email = `customer-${randomUUID()}@example.com`;
  const { body } = await callAuth(siteId, { action: "register", email, password: "long enough secret" });
  return { token: body.data.token as string, id: body.data.customer.id as number, email };
}

export const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** The token of the newest password-reset link mailed to `email` (the dev outbox), once it arrives. */
export async function resetTokenMailedTo(email: string): Promise<string> {
  // vi.waitFor rather than expect.poll: it also works in beforeAll.
  const [newest] = await vi.waitFor(
    async () => {
      const mailed = (await listOutbox({ limit: 500 })).filter((m) => m.to === email);
      if (!mailed.length) throw new Error(`No mail to ${email} yet`);
      return mailed;
    },
    { timeout: 10_000, interval: 50 },
  );
  const message = await readOutboxMessage(newest.id);
  return decodeURIComponent(/token=([\w%-]+)/.exec(message!.text)![1]);
}

/**
 * A customer whose stored hash uses scrypt at N = 2^10, so a test can make hundreds of sign-in
 * attempts quickly. verifyPassword honours the parameters stored with each hash, so the login
 * path is the real one; only tests about counting attempts (not about hashing) may use it.
 */
export async function createCustomerWithFastHash(siteId: number, password: string) {
  const email = `fast-${randomUUID()}@example.com`;
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 64, { N: 1024, r: 8, p: 1 });
  const passwordHash = ["scrypt", 1024, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
  const customer = await db().customer.create({ data: { siteId, email, passwordHash }, select: { id: true } });
  return { id: customer.id, email };
}
