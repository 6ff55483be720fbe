import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const tierSchema = z.object({ name: z.string().trim().min(1).max(60), minLifetimePoints: z.number().int().min(0) });
/** The store's tiers as stored; a malformed column counts as no tiers rather than a 500. */
const tiersSchema = z.array(tierSchema).max(20).catch([]);

export type LoyaltyTier = z.infer<typeof tierSchema>;

export type LoyaltySettings = {
  enabled: boolean;
  /** Points earned per currency unit (100 cents) of merchandise paid for. */
  pointsPerDollar: number;
  /** What one point takes off an order when redeemed, in cents. */
  pointValueCents: number;
  /** Lowest threshold first. */
  tiers: LoyaltyTier[];
};

export async function loyaltySettings(siteId: number, tx: Prisma.TransactionClient | Db = db()): Promise<LoyaltySettings> {
  const store = await tx.store.findUniqueOrThrow({
    where: { siteId },
    select: { loyaltyEnabled: true, loyaltyPointsPerDollar: true, loyaltyPointValueCents: true, loyaltyTiers: true },
  });
  return {
    enabled: store.loyaltyEnabled,
    pointsPerDollar: store.loyaltyPointsPerDollar,
    pointValueCents: store.loyaltyPointValueCents,
    tiers: tiersSchema.parse(store.loyaltyTiers).toSorted((a, b) => a.minLifetimePoints - b.minLifetimePoints),
  };
}

/** The settings of a store whose program is on; ApiError loyalty_disabled otherwise. */
export async function enabledLoyaltySettings(siteId: number): Promise<LoyaltySettings> {
  const settings = await loyaltySettings(siteId);
  if (!settings.enabled) throw new ApiError("loyalty_disabled", "This store has no loyalty program");
  return settings;
}

/** The points merchandise worth `cents` earns, rounded down. */
export const pointsEarnedFor = (cents: number, pointsPerDollar: number) => Math.max(0, Math.floor((cents * pointsPerDollar) / 100));

/** The tier lifetime points reach, the next one and how many points are left to it. */
export function tierFor(lifetimePoints: number, tiers: LoyaltyTier[]) {
  const reached = tiers.filter((t) => t.minLifetimePoints <= lifetimePoints);
  const next = tiers.find((t) => t.minLifetimePoints > lifetimePoints) ?? null;
  return { tier: reached.at(-1)?.name ?? null, nextTier: next?.name ?? null, pointsToNextTier: next ? next.minLifetimePoints - lifetimePoints : null };
}
