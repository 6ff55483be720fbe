import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { logError } from "@/lib/logging/log-error";

export type RateLimit = { key: string; limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

// Windows older than this are deleted now and then; no limit may use a longer window.
const KEEP_WINDOWS_MS = 2 * 24 * 60 * 60 * 1000;
const PRUNE_PROBABILITY = 0.01;

/**
 * Counts one attempt against `key` in a fixed window kept in the database, so every app process
 * shares the count. The single INSERT ... ON CONFLICT ... RETURNING increments and reads in one
 * atomic statement, so concurrent attempts cannot all read "9" and slip past a limit of 10.
 * Attempts past the limit are counted too: a client hammering a blocked key stays blocked.
 */
export async function consumeRateLimit({ key, limit, windowMs, now = new Date() }: RateLimit & { now?: Date }): Promise<RateLimitResult> {
  if (windowMs <= 0 || windowMs > KEEP_WINDOWS_MS) throw new Error(`Rate limit window must be between 1 ms and ${KEEP_WINDOWS_MS} ms`);
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [{ count }] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitWindow".count + 1
    RETURNING count`;
  if (Math.random() < PRUNE_PROBABILITY) await pruneRateLimitWindows(now);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}

/** Deletes windows long over (indexed by windowStart). A failure only delays the cleanup. */
export async function pruneRateLimitWindows(now = new Date()): Promise<number> {
  try {
    const { count } = await db().rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - KEEP_WINDOWS_MS) } } });
    return count;
  } catch (error) {
    logError("[rate-limit] pruning old windows failed", error);
    return 0;
  }
}

/**
 * Counts the attempt against every limit (all of them, so no key goes uncounted because another
 * was already over) and answers 429 rate_limited with Retry-After, the longest wait, when any is over.
 */
export async function enforceRateLimits(limits: RateLimit[], message = "Too many attempts; try again later", now = new Date()) {
  const results = await Promise.all(limits.map((limit) => consumeRateLimit({ ...limit, now })));
  const blocked = results.filter((r) => !r.allowed);
  if (blocked.length) {
    const retryAfter = Math.max(...blocked.map((r) => r.retryAfterSeconds));
    throw new ApiError("rate_limited", message, { "Retry-After": String(retryAfter) });
  }
}
