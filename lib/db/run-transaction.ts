import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./index";

const MAX_ATTEMPTS = 4;
const BASE_PAUSE_MS = 20;

/**
 * Whether PostgreSQL aborted a transaction for a serialization failure (40001) or a deadlock
 * (40P01), which Prisma reports as P2034. Nothing of it was committed, so it may run again.
 */
export function isTransactionConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034";
}

/**
 * An interactive transaction that is run again from the start, a few times with a short random
 * pause, when PostgreSQL aborts it for a conflict: under row locks and stricter isolation such an
 * abort is normal and says nothing about the request, so it must not reach the caller as a 500.
 * The work must only touch the database (no network call), which is what makes rerunning it safe.
 */
export async function runTransaction<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { isolationLevel?: Prisma.TransactionIsolationLevel } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db().$transaction(work, options);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, BASE_PAUSE_MS * attempt * (0.5 + Math.random())));
    }
  }
}
