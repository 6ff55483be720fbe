import { notFound } from "next/navigation";

/**
 * The outbox holds real customers' addresses and live recovery links, so in production it is a
 * 404 unless an operator opts in with ENABLE_DEV_OUTBOX=1 (documented in the README), read at
 * request time.
 */
export function requireDevOutbox(): void {
  if (process.env.NODE_ENV === "production" && process.env.ENABLE_DEV_OUTBOX !== "1") notFound();
}
