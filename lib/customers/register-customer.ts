import { db } from "@/lib/db";
import { afterResponse } from "@/lib/api/after-response";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import type { StoreContext } from "@/lib/sites/get-store";
import { refuseCommonPassword } from "./common-passwords";
import { sendEmailVerification } from "./email-verification";
import { hashPassword } from "./password";
import type { AuthResult } from "./schemas";
import { createSession, type SessionClient } from "./sessions";

const alreadyRegistered = () => new ApiError("conflict", "An account with this email already exists");

export const REGISTRATIONS_PER_HOUR_PER_EMAIL = 10;
export const REGISTRATIONS_PER_HOUR_PER_ADDRESS = 30;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The spec answers 409 for a taken email, so registering is an oracle for who has an account:
 * these limits bound how fast it can be asked, per email and per client address (when a trusted
 * proxy gives one). They are counted before any hashing, so a flood costs no scrypt work either.
 */
async function limitRegistrations(siteId: number, email: string, address: string | null | undefined) {
  await enforceRateLimits(
    [
      { key: `register:${siteId}:email:${email}`, limit: REGISTRATIONS_PER_HOUR_PER_EMAIL, windowMs: HOUR_MS },
      ...(address && address !== "unknown" ? [{ key: `register:${siteId}:client:${address}`, limit: REGISTRATIONS_PER_HOUR_PER_ADDRESS, windowMs: HOUR_MS }] : []),
    ],
    "Too many sign-up attempts; try again later",
  );
}

/** action "register" and the shop's sign-up: a new customer of this site, signed in, mailed a link to verify their email. */
export async function registerCustomer(
  store: StoreContext,
  input: { email: string; password: string; firstName?: string | null; lastName?: string | null },
  client: SessionClient,
): Promise<AuthResult> {
  const { siteId } = store;
  refuseCommonPassword(input.password);
  await limitRegistrations(siteId, input.email, client.ipAddress);
  // Hashed before the email is looked up, so a taken email costs the same scrypt work as a new
  // one and the 409 comes no sooner than a 201: its timing tells nothing its status does not.
  const passwordHash = await hashPassword(input.password);
  if (await db().customer.findUnique({ where: { siteId_email: { siteId, email: input.email } }, select: { id: true } })) {
    throw alreadyRegistered();
  }
  try {
    const customer = await db().customer.create({
      data: { siteId, email: input.email, passwordHash, firstName: input.firstName ?? null, lastName: input.lastName ?? null },
      select: { id: true, email: true, firstName: true, lastName: true },
    });
    afterResponse(() => sendEmailVerification(store, customer.id));
    return { token: await createSession(customer.id, client), customer };
  } catch (error) {
    // Two registrations of one email raced; the unique index let one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyRegistered();
    throw error;
  }
}
