import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardValueOfGoods, type RefundBasis } from "@/lib/orders/refund-amounts";
import { loyaltySettings, pointsEarnedFor } from "./settings";

type Tx = Prisma.TransactionClient;

// Every change of a balance is one conditional UPDATE (or a row lock) and one ledger row in the
// caller's transaction, so concurrent checkouts, payments and refunds never overdraw an account.

/** The customer's account id, created empty on first use. */
async function accountIdOf(tx: Tx, siteId: number, customerId: number): Promise<number> {
  const [account] = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "LoyaltyAccount" ("siteId", "customerId", "updatedAt") VALUES (${siteId}, ${customerId}, now())
    ON CONFLICT ("siteId", "customerId") DO UPDATE SET "updatedAt" = now()
    RETURNING id`;
  return account.id;
}

/**
 * Checkout: takes the points an order redeems, if the balance still covers them; otherwise
 * ApiError insufficient_loyalty_points and the whole order is refused.
 */
export async function holdLoyaltyPoints(tx: Tx, hold: { siteId: number; customerId: number; orderId: number; points: number }) {
  const [account] = await tx.$queryRaw<{ id: number }[]>`
    UPDATE "LoyaltyAccount" SET balance = balance - ${hold.points}, redeemed = redeemed + ${hold.points}, "updatedAt" = now()
    WHERE "siteId" = ${hold.siteId} AND "customerId" = ${hold.customerId} AND balance >= ${hold.points}
    RETURNING id`;
  if (!account) throw new ApiError("insufficient_loyalty_points", "Your loyalty balance no longer covers these points");
  await tx.loyaltyActivity.create({ data: { accountId: account.id, type: "redeemed", points: -hold.points, orderId: hold.orderId } });
}

/** An unpaid order released: the points it redeemed go back to the balance. */
export async function returnLoyaltyPoints(tx: Tx, order: { id: number; siteId: number; customerId: number | null; loyaltyPointsRedeemed: number }, note = "Order not paid") {
  await creditRedeemedPoints(tx, order, order.loyaltyPointsRedeemed, note);
}

async function creditRedeemedPoints(tx: Tx, order: { id: number; siteId: number; customerId: number | null }, points: number, note: string) {
  if (!order.customerId || points <= 0) return;
  const [account] = await tx.$queryRaw<{ id: number }[]>`
    UPDATE "LoyaltyAccount" SET balance = balance + ${points}, redeemed = GREATEST(redeemed - ${points}, 0), "updatedAt" = now()
    WHERE "siteId" = ${order.siteId} AND "customerId" = ${order.customerId}
    RETURNING id`;
  if (account) {
    await tx.loyaltyActivity.create({ data: { accountId: account.id, type: "restored", points, orderId: order.id, note } });
  }
}

/**
 * A released order paid after all (a retried payment): its points are taken again, as far as the
 * balance still goes, since the discount was charged. The balance never goes below zero.
 */
export async function retakeLoyaltyPoints(tx: Tx, order: { id: number; siteId: number; customerId: number | null; loyaltyPointsRedeemed: number }) {
  if (!order.customerId || order.loyaltyPointsRedeemed <= 0) return;
  const [account] = await tx.$queryRaw<{ id: number; balance: number }[]>`
    SELECT id, balance FROM "LoyaltyAccount" WHERE "siteId" = ${order.siteId} AND "customerId" = ${order.customerId} FOR UPDATE`;
  const taken = Math.min(account?.balance ?? 0, order.loyaltyPointsRedeemed);
  if (!account || taken === 0) return;
  await tx.loyaltyAccount.update({ where: { id: account.id }, data: { balance: { decrement: taken }, redeemed: { increment: taken } } });
  await tx.loyaltyActivity.create({ data: { accountId: account.id, type: "redeemed", points: -taken, orderId: order.id, note: "Payment received after release" } });
}

/**
 * A paid order earns points on the merchandise paid for (after discounts and points), once: the
 * ledger's unique "earned" row per order makes a repeated call a no-op.
 */
export async function earnOrderPoints(tx: Tx, orderId: number) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { siteId: true, customerId: true, subtotal: true, discountTotal: true, loyaltyDiscountTotal: true } });
  if (!order.customerId) return;
  const settings = await loyaltySettings(order.siteId, tx);
  const points = pointsEarnedFor(order.subtotal - order.discountTotal - order.loyaltyDiscountTotal, settings.pointsPerDollar);
  if (!settings.enabled || points <= 0) return;
  const accountId = await accountIdOf(tx, order.siteId, order.customerId);
  // Timed like the rows Prisma writes (the client's clock, not the transaction's start), so the
  // activity lists in the order things happened.
  const recorded = await tx.$executeRaw`
    INSERT INTO "LoyaltyActivity" ("accountId", type, points, "orderId", "createdAt") VALUES (${accountId}, 'earned', ${points}, ${orderId}, ${new Date()})
    ON CONFLICT ("orderId") WHERE type = 'earned' DO NOTHING`;
  if (recorded === 0) return;
  await tx.loyaltyAccount.update({ where: { id: accountId }, data: { balance: { increment: points }, lifetimeEarned: { increment: points } } });
}

export type RefundedOrder = RefundBasis & { id: number; siteId: number; customerId: number | null; loyaltyPointsRedeemed: number; loyaltyPointsReturned: number; loyaltyPointsRevoked: number };

/**
 * Refunds settle the order's points in proportion to the money they gave back, the share of the
 * merchandise's card value refunded by succeeded refunds (all of it once that share is whole): that
 * share of the points the order redeemed goes back to the balance, and that share of those it
 * earned is taken back. Each share is rounded down on the running total of the refunds, so partial
 * refunds never settle more than the whole and the refund that completes the order settles the
 * remainder. Called under the order's row lock; only what was not settled yet moves.
 */
export async function settleRefundedPoints(tx: Tx, order: RefundedOrder) {
  if (!order.customerId) return;
  const merchandiseValue = cardValueOfGoods(order, order.subtotal);
  if (merchandiseValue <= 0) return;
  const refunded = (await tx.refund.aggregate({ where: { orderId: order.id, status: "succeeded" }, _sum: { amount: true } }))._sum.amount ?? 0;
  // BigInt: points times cents may pass a double's exact range.
  const shareOf = (points: number) => (refunded >= merchandiseValue ? points : Number((BigInt(points) * BigInt(refunded)) / BigInt(merchandiseValue)));
  // Given back first, so the points the order spent help cover those it earned.
  await giveBackRedeemedPoints(tx, order, shareOf(order.loyaltyPointsRedeemed), "Refund");
  const earned = await tx.loyaltyActivity.findFirst({ where: { orderId: order.id, type: "earned" }, select: { accountId: true, points: true } });
  if (earned) await revokeEarnedPoints(tx, order, earned, shareOf(earned.points), "Refund");
}

/**
 * The customer cancelled a paid order: every point it earned is taken back (as far as the balance
 * goes) and the points it redeemed that refunds have not given back yet are given back. Runs in the
 * cancellation's transaction.
 */
export async function settleCancelledOrderPoints(tx: Tx, orderId: number) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, siteId: true, customerId: true, loyaltyPointsRedeemed: true, loyaltyPointsReturned: true, loyaltyPointsRevoked: true },
  });
  if (!order.customerId) return;
  // Given back first, so the points the order spent help cover those it earned.
  await giveBackRedeemedPoints(tx, order, order.loyaltyPointsRedeemed, "Order cancelled");
  const earned = await tx.loyaltyActivity.findFirst({ where: { orderId, type: "earned" }, select: { accountId: true, points: true } });
  if (earned) await revokeEarnedPoints(tx, order, earned, earned.points, "Order cancelled");
}

/**
 * Gives back what is due of the points an order redeemed and not given back yet. The order's
 * count moves only from the value its caller read under the row lock (and a CHECK keeps it within
 * what was redeemed), so two settlements can never both give back the same points. No more goes
 * back than the order's ledger still holds: a released order paid after all may have taken back
 * fewer points than it redeemed.
 */
async function giveBackRedeemedPoints(tx: Tx, order: { id: number; siteId: number; customerId: number | null; loyaltyPointsReturned: number }, due: number, reason: string) {
  const owed = due - order.loyaltyPointsReturned;
  if (!order.customerId || owed <= 0) return;
  const moved = await tx.$executeRaw`UPDATE "Order" SET "loyaltyPointsReturned" = ${due}, "updatedAt" = now()
    WHERE id = ${order.id} AND "loyaltyPointsReturned" = ${order.loyaltyPointsReturned}`;
  if (moved === 0) throw new Error(`Order ${order.id}: its returned loyalty points changed outside the order's lock`);
  const spent = await tx.loyaltyActivity.aggregate({ where: { orderId: order.id, type: { in: ["redeemed", "restored"] } }, _sum: { points: true } });
  const held = -(spent._sum.points ?? 0);
  await creditRedeemedPoints(tx, order, Math.min(owed, held), held < owed ? `${reason}: ${owed} points due, the order held only ${Math.max(held, 0)}` : reason);
}

/** Takes back what is due of an order's earned points and not taken yet; what the balance lacks is noted. */
async function revokeEarnedPoints(tx: Tx, order: { id: number; loyaltyPointsRevoked: number }, earned: { accountId: number }, due: number, reason: string) {
  const owed = due - order.loyaltyPointsRevoked;
  if (owed <= 0) return;
  const [account] = await tx.$queryRaw<{ balance: number }[]>`SELECT balance FROM "LoyaltyAccount" WHERE id = ${earned.accountId} FOR UPDATE`;
  const taken = Math.min(owed, account.balance);
  await tx.$executeRaw`UPDATE "LoyaltyAccount" SET balance = balance - ${taken}, "lifetimeEarned" = GREATEST("lifetimeEarned" - ${owed}, 0), "updatedAt" = now()
    WHERE id = ${earned.accountId}`;
  await tx.loyaltyActivity.create({
    data: { accountId: earned.accountId, type: "revoked", points: -taken, orderId: order.id, note: taken < owed ? `${reason}: ${owed} points due, only ${taken} left to revoke` : reason },
  });
  await tx.order.update({ where: { id: order.id }, data: { loyaltyPointsRevoked: due } });
}
