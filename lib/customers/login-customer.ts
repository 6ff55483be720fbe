import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { hashPassword, verifyPassword } from "./password";
import type { AuthResult } from "./schemas";
import { createSession, type SessionClient } from "./sessions";

// Checked against when the email is unknown, so both answers take one scrypt's time.
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hashPassword("decoy password that never matches"));

export const invalidCredentials = () => new ApiError("unauthorized", "Invalid email or password");

/** action "login": the same answer and the same work whether or not the email is registered. */
export async function loginCustomer(siteId: number, input: { email: string; password: string }, client: SessionClient): Promise<AuthResult> {
  const customer = await db().customer.findUnique({
    where: { siteId_email: { siteId, email: input.email } },
    select: { id: true, email: true, firstName: true, lastName: true, passwordHash: true },
  });
  const matches = await verifyPassword(input.password, customer?.passwordHash ?? (await decoy()));
  if (!customer || !matches) throw invalidCredentials();
  const summary = { id: customer.id, email: customer.email, firstName: customer.firstName, lastName: customer.lastName };
  return { token: await createSession(customer.id, client), customer: summary };
}
