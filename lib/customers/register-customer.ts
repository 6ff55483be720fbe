import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";
import type { AuthResult } from "./schemas";
import { createSession, type SessionClient } from "./sessions";

const alreadyRegistered = () => new ApiError("conflict", "An account with this email already exists");

/** action "register": a new customer of this site, signed in. */
export async function registerCustomer(
  siteId: number,
  input: { email: string; password: string; firstName?: string | null; lastName?: string | null },
  client: SessionClient,
): Promise<AuthResult> {
  if (await db().customer.findUnique({ where: { siteId_email: { siteId, email: input.email } }, select: { id: true } })) {
    throw alreadyRegistered();
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const customer = await db().customer.create({
      data: { siteId, email: input.email, passwordHash, firstName: input.firstName ?? null, lastName: input.lastName ?? null },
      select: { id: true, email: true, firstName: true, lastName: true },
    });
    return { token: await createSession(customer.id, client), customer };
  } catch (error) {
    // Two registrations of one email raced; the unique index let one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyRegistered();
    throw error;
  }
}
