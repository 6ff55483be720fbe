import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { callRoute } from "./api";

/** POST /auth on a site with a body (an action), and optionally more headers. */
export const callAuth = (siteId: number, body: unknown, headers: Record<string, string> = {}) =>
  callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params: { siteId: String(siteId) }, method: "POST", body, headers });

/**
 * Registers a new customer on a site through POST /auth; answers its Bearer token and id. With
 * `emailVerified`, the email counts as confirmed (as if the mailed link had been followed), so
 * guest orders placed with it are the customer's.
 */
export async function signUp(siteId: number, options: { emailVerified?: boolean } = {}) {
  const email = `customer-${randomUUID()}@example.com`;
  const { body } = await callAuth(siteId, { action: "register", email, password: "long enough secret" });
  const customer = { token: body.data.token as string, id: body.data.customer.id as number, email };
  if (options.emailVerified) await markEmailVerified(customer.id);
  return customer;
}

/** The shortcut for tests about something else; tests/api/email-verification.test.ts covers the real flow. */
export async function markEmailVerified(customerId: number) {
  await db().customer.update({ where: { id: customerId }, data: { emailVerified: true } });
}

export const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

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
