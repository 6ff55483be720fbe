import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window kept in the database, so every app process
 * shares the count. One INSERT ... ON CONFLICT ... RETURNING both counts and reads, so concurrent
 * attempts cannot slip past the limit.
 */
export async function consumeRateLimit({ key, limit, windowMs, now = new Date() }: { key: string; limit: number; windowMs: number; now?: Date }): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [{ count }] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" (key, "windowStart", count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitWindow".count + 1
    RETURNING count`;
  // Now and then, forget windows long past (cheap: indexed by windowStart).
  if (Math.random() < 0.01) await db().rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}

/** Counts the attempt against every key and answers 429 with Retry-After when any is over its limit. */
export async function enforceRateLimits(limits: { key: string; limit: number; windowMs: number }[], message = "Too many attempts; try again later") {
  const results = await Promise.all(limits.map((limit) => consumeRateLimit(limit)));
  const blocked = results.filter((r) => !r.allowed);
  if (blocked.length) {
    const retryAfter = Math.max(...blocked.map((r) => r.retryAfterSeconds));
    throw new ApiError("rate_limited", message, { "Retry-After": String(retryAfter) });
  }
}
