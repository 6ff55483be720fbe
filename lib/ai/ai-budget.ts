import "server-only";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { logError } from "@/lib/logging/log-error";
import { enforceRateLimits } from "@/lib/security/rate-limit";

// Billing and limits of the designer's AI calls, recorded against the merchant (the site's store).
// Images count images generated, text counts requests; both per calendar month in UTC.

export type AiKind = "image" | "text";

const HOUR_MS = 60 * 60 * 1000;

export const planLimitReached = () => new ApiError("ai_plan_limit_reached", "Merchant's AI plan limit reached; upgrade needed");

/** 429 with Retry-After once a design has made the store's aiRequestsPerDesignHour AI calls (both kinds) this hour. */
export async function enforceDesignAiRateLimit(designId: number, perHour: number, now = new Date()) {
  await enforceRateLimits([{ key: `ai-design:${designId}`, limit: perHour, windowMs: HOUR_MS }], "Per-design rate limit exceeded", now);
}

export function startOfUtcMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

type Reservation = { siteId: number; designId: number; kind: AiKind; model: string; units: number; now?: Date };

/**
 * Checks the month's usage against the plan and records this call's units, in one transaction that
 * holds the store row locked: two calls at the limit queue on the lock, and the second sees the
 * first's row, so they cannot both pass. The units are taken before the provider is called (a
 * slow HTTP call must not hold the lock) and settled or released after it.
 */
export async function reserveAiUsage({ siteId, designId, kind, model, units, now = new Date() }: Reservation): Promise<number> {
  return runTransaction(async (tx) => {
    const [store] = await tx.$queryRaw<{ aiImageMonthlyLimit: number; aiTextMonthlyLimit: number }[]>`
      SELECT "aiImageMonthlyLimit", "aiTextMonthlyLimit" FROM "Store" WHERE "siteId" = ${siteId} FOR UPDATE`;
    if (!store) throw new Error(`No store for site ${siteId}`);
    const limit = kind === "image" ? store.aiImageMonthlyLimit : store.aiTextMonthlyLimit;
    const used = await tx.aiUsage.aggregate({ where: { siteId, kind, createdAt: { gte: startOfUtcMonth(now) } }, _sum: { units: true } });
    if ((used._sum.units ?? 0) + units > limit) throw planLimitReached();
    const row = await tx.aiUsage.create({ data: { siteId, designId, kind, model, units, createdAt: now }, select: { id: true } });
    return row.id;
  });
}

/**
 * Runs a provider call under a reservation: the usage row is settled at the units the call really
 * produced (a provider may return fewer images than asked), or removed when the call fails, so a
 * failure bills nothing.
 */
export async function billedAiCall<T>(reservation: Reservation, call: () => Promise<{ value: T; units: number }>): Promise<T> {
  const usageId = await reserveAiUsage(reservation);
  let outcome: { value: T; units: number };
  try {
    outcome = await call();
  } catch (error) {
    await db()
      .aiUsage.delete({ where: { id: usageId } })
      .catch((releaseError: unknown) => logError("[ai] releasing a failed call's usage failed", releaseError, { usageId }));
    throw error;
  }
  if (outcome.units !== reservation.units) await db().aiUsage.update({ where: { id: usageId }, data: { units: outcome.units } });
  return outcome.value;
}
