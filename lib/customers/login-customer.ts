import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import { hashPassword, verifyPassword } from "./password";
import type { AuthResult } from "./schemas";
import { createSession, type SessionClient } from "./sessions";

// Checked against when the email is unknown, so both answers take one scrypt's time.
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hashPassword("decoy password that never matches"));

export const invalidCredentials = () => new ApiError("unauthorized", "Invalid email or password");

export const LOGINS_PER_HOUR_PER_ACCOUNT = 100;
export const LOGINS_PER_HOUR_PER_ADDRESS = 300;
const HOUR_MS = 60 * 60 * 1000;

const accountLoginKey = (siteId: number, email: string) => `login:${siteId}:account:${email}`;

/** Counts a login attempt per account and per client address (when a trusted proxy gives one). */
async function limitLoginAttempts(siteId: number, email: string, address: string | null | undefined) {
  await enforceRateLimits(
    [
      { key: accountLoginKey(siteId, email), limit: LOGINS_PER_HOUR_PER_ACCOUNT, windowMs: HOUR_MS },
      ...(address && address !== "unknown" ? [{ key: `login:${siteId}:client:${address}`, limit: LOGINS_PER_HOUR_PER_ADDRESS, windowMs: HOUR_MS }] : []),
    ],
    "Too many sign-in attempts; try again later",
  );
}

/**
 * Lifts an account's sign-in lockout. A password reset calls it: whoever spent the e-mailed token
 * controls the mailbox, so a guesser who ran the account into the limit must not keep its owner
 * out for the rest of the hour. Guessing starts again from zero, against a password just chosen.
 */
export async function forgetLoginAttempts(siteId: number, email: string) {
  await db().rateLimitWindow.deleteMany({ where: { key: accountLoginKey(siteId, email) } });
}

/** action "login": the same answer and the same work whether or not the email is registered. */
export async function loginCustomer(siteId: number, input: { email: string; password: string }, client: SessionClient): Promise<AuthResult> {
  await limitLoginAttempts(siteId, input.email, client.ipAddress);
  const customer = await db().customer.findUnique({
    where: { siteId_email: { siteId, email: input.email } },
    select: { id: true, email: true, firstName: true, lastName: true, passwordHash: true },
  });
  const matches = await verifyPassword(input.password, customer?.passwordHash ?? (await decoy()));
  if (!customer || !matches) throw invalidCredentials();
  const summary = { id: customer.id, email: customer.email, firstName: customer.firstName, lastName: customer.lastName };
  return { token: await createSession(customer.id, client), customer: summary };
}
