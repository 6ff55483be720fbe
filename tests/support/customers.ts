import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
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
  const mailed = async () => (await listOutbox({ limit: 500 })).filter((m) => m.to === email);
  await expect.poll(async () => (await mailed()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const message = await readOutboxMessage((await mailed())[0].id);
  return decodeURIComponent(/token=([\w%-]+)/.exec(message!.text)![1]);
}
