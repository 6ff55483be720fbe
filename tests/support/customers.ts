import { randomUUID } from "node:crypto";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { callRoute } from "./api";

/**
 * Registers a new customer on a site through POST /auth; answers its Bearer token and id. With
 * `emailVerified`, the email counts as confirmed (as if the mailed link had been followed), so
 * guest orders placed with it are the customer's.
 */
export async function signUp(siteId: number, options: { emailVerified?: boolean } = {}) {
  const email = `customer-${randomUUID()}@example.com`;
  const { body } = await callRoute(authRoute, `/api/storefront/${siteId}/auth`, {
    params: { siteId: String(siteId) },
    method: "POST",
    body: { action: "register", email, password: "long enough secret" },
  });
  const customer = { token: body.data.token as string, id: body.data.customer.id as number, email };
  if (options.emailVerified) await markEmailVerified(customer.id);
  return customer;
}

/** The shortcut for tests about something else; tests/api/email-verification.test.ts covers the real flow. */
export async function markEmailVerified(customerId: number) {
  await db().customer.update({ where: { id: customerId }, data: { emailVerified: true } });
}

export const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
