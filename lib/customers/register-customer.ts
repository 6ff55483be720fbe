import { db } from "@/lib/db";
import { afterResponse } from "@/lib/api/after-response";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StoreContext } from "@/lib/sites/get-store";
import { sendEmailVerification } from "./email-verification";
import { hashPassword } from "./password";
import type { AuthResult } from "./schemas";
import { createSession, type SessionClient } from "./sessions";

const alreadyRegistered = () => new ApiError("conflict", "An account with this email already exists");

/** action "register" and the shop's sign-up: a new customer of this site, signed in, mailed a link to verify their email. */
export async function registerCustomer(
  store: StoreContext,
  input: { email: string; password: string; firstName?: string | null; lastName?: string | null },
  client: SessionClient,
): Promise<AuthResult> {
  const { siteId } = store;
  if (await db().customer.findUnique({ where: { siteId_email: { siteId, email: input.email } }, select: { id: true } })) {
    throw alreadyRegistered();
  }
  const passwordHash = await hashPassword(input.password);
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
