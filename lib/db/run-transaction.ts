import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./index";

const MAX_ATTEMPTS = 4;
const BASE_PAUSE_MS = 20;

const CONFLICT_SQLSTATES = new Set(["40001", "40P01"]);

/** What PostgreSQL said when it refused a query, from Prisma's error: its SQLSTATE and DETAIL. */
export function databaseErrorOf(error: unknown): { code: string; detail?: string } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string; detail?: string } } | undefined)?.cause;
  return cause?.originalCode ? { code: cause.originalCode, detail: cause.detail } : null;
}

/**
 * Whether PostgreSQL aborted a transaction for a serialization failure (40001) or a deadlock
 * (40P01). Nothing of it was committed, so it may run again. Prisma reports it as P2034 from its
 * own queries but as P2010, with the driver's code inside, from raw ones ($executeRaw).
 */
export function isTransactionConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return true;
  return CONFLICT_SQLSTATES.has(databaseErrorOf(error)?.code ?? "");
}

/**
 * Runs work that is one transaction (an interactive one, or a single statement) again from the
 * start, a few times with a short random pause, when PostgreSQL aborts it for a conflict: under row
 * locks and stricter isolation such an abort is normal and says nothing about the request, so it
 * must not reach the caller as a 500. The work must only touch the database (no network call),
 * which is what makes rerunning it safe.
 */
export async function retryConflicts<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, BASE_PAUSE_MS * attempt * (0.5 + Math.random())));
    }
  }
}

/** An interactive transaction, run again when PostgreSQL aborts it for a conflict (retryConflicts). */
export function runTransaction<T>(
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { isolationLevel?: Prisma.TransactionIsolationLevel } = {},
): Promise<T> {
  return retryConflicts(() => db().$transaction(work, options));
}
