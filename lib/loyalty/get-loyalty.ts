import { db } from "@/lib/db";
import { paginate, type Pagination } from "@/lib/api/schemas";
import { enabledLoyaltySettings, tierFor } from "./settings";
import type { LoyaltyActivityView, LoyaltySummary } from "./schemas";

/** GET /account/loyalty: the customer's balance and tier; ApiError loyalty_disabled while the program is off. */
export async function getLoyaltySummary(siteId: number, customerId: number): Promise<LoyaltySummary> {
  const settings = await enabledLoyaltySettings(siteId);
  const account = await db().loyaltyAccount.findUnique({
    where: { siteId_customerId: { siteId, customerId } },
    select: { balance: true, lifetimeEarned: true, redeemed: true },
  });
  const { balance, lifetimeEarned, redeemed } = account ?? { balance: 0, lifetimeEarned: 0, redeemed: 0 };
  return {
    ...tierFor(lifetimeEarned, settings.tiers),
    balance,
    lifetimeEarned,
    redeemed,
    redeemablePoints: settings.pointValueCents > 0 ? balance : 0,
    redeemableValue: balance * settings.pointValueCents,
    pointsPerDollar: settings.pointsPerDollar,
    pointValueCents: settings.pointValueCents,
  };
}

/** GET /account/loyalty/activity: the account's ledger, newest first, paginated. */
export async function listLoyaltyActivity(siteId: number, customerId: number, query: { page: number; limit: number }): Promise<{ activity: LoyaltyActivityView[]; pagination: Pagination }> {
  await enabledLoyaltySettings(siteId);
  const where = { account: { siteId, customerId } };
  const [total, rows] = await Promise.all([
    db().loyaltyActivity.count({ where }),
    db().loyaltyActivity.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: { id: true, type: true, points: true, note: true, createdAt: true, order: { select: { orderNumber: true } } },
    }),
  ]);
  return {
    activity: rows.map((r) => ({ id: r.id, type: r.type, points: r.points, orderNumber: r.order?.orderNumber ?? null, note: r.note, createdAt: r.createdAt.toISOString() })),
    pagination: paginate(query, total),
  };
}
