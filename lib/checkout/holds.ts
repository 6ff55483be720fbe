import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Line = { productId: number; variantId: number | null; quantity: number; productName: string };

// Checkout holds what an order needs the moment it is placed, each with one conditional UPDATE,
// so concurrent checkouts can never oversell stock, overuse a code or overdraw a gift card.

/** Takes each line's units out of stock; refuses the whole order if any is short. */
export async function holdStock(tx: Tx, lines: Line[]) {
  for (const line of inLockOrder(lines)) {
    if (!(await takeUnits(tx, line, line.quantity))) throw new ApiError("insufficient_stock", `Not enough stock of ${line.productName}`);
  }
}

/**
 * Takes each line's units out of stock as far as there are any, for an order that stands whatever
 * the stock (one already paid for); stock never goes below zero. Answers the lines that were
 * short, with how many units were missing.
 */
export async function takeStockAsAvailable<T extends Omit<Line, "productName">>(tx: Tx, lines: T[]): Promise<(T & { missing: number })[]> {
  const short: (T & { missing: number })[] = [];
  for (const line of inLockOrder(lines)) {
    if (await takeUnits(tx, line, line.quantity)) continue;
    // Short: lock the row, so what it holds is still there to take. NO KEY UPDATE, the lock the
    // UPDATE takes anyway: FOR UPDATE would wait on the key-share lock a concurrent order's item
    // holds on the product, while that order waits on this one (a deadlock).
    const [row] = line.variantId
      ? await tx.$queryRaw<{ inventory: number }[]>`SELECT inventory FROM "ProductVariant" WHERE id = ${line.variantId} FOR NO KEY UPDATE`
      : await tx.$queryRaw<{ inventory: number }[]>`SELECT inventory FROM "Product" WHERE id = ${line.productId} FOR NO KEY UPDATE`;
    const left = Math.max(Math.min(row?.inventory ?? 0, line.quantity), 0);
    if (left > 0) await takeUnits(tx, line, left);
    if (left < line.quantity) short.push({ ...line, missing: line.quantity - left });
  }
  return short;
}

/** Takes units of a line's product or variant if that many are in stock; untracked products sell without limit, their stock number left alone. */
async function takeUnits(tx: Tx, line: { productId: number; variantId: number | null }, units: number): Promise<boolean> {
  const taken = line.variantId
    ? await tx.$executeRaw`UPDATE "ProductVariant" SET inventory = inventory - ${units}, "updatedAt" = now()
        WHERE id = ${line.variantId} AND inventory >= ${units}`
    : await tx.$executeRaw`UPDATE "Product"
        SET inventory = CASE WHEN "trackInventory" THEN inventory - ${units} ELSE inventory END, "updatedAt" = now()
        WHERE id = ${line.productId} AND ("trackInventory" = false OR inventory >= ${units})`;
  return taken > 0;
}

/** Puts the units back (an order's holds released). */
export async function returnStock(tx: Tx, lines: Omit<Line, "productName">[]) {
  for (const line of inLockOrder(lines)) {
    if (line.variantId) {
      await tx.$executeRaw`UPDATE "ProductVariant" SET inventory = inventory + ${line.quantity}, "updatedAt" = now() WHERE id = ${line.variantId}`;
    } else {
      await tx.$executeRaw`UPDATE "Product" SET inventory = inventory + ${line.quantity}, "updatedAt" = now()
        WHERE id = ${line.productId} AND "trackInventory" = true`;
    }
  }
}

/**
 * The lines in one order every transaction locks their rows in (products by id, then variants by
 * id): two carts holding the same items in opposite orders would otherwise deadlock.
 */
function inLockOrder<T extends { productId: number; variantId: number | null }>(lines: T[]): T[] {
  const rank = (line: T) => (line.variantId === null ? [0, line.productId] : [1, line.variantId]);
  return [...lines].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1];
  });
}

/** Uses one of a discount code's uses, if it still has one and is live. */
export async function holdDiscountUse(tx: Tx, discountId: number) {
  const taken = await tx.$executeRaw`UPDATE "DiscountCode" SET "usedCount" = "usedCount" + 1, "updatedAt" = now()
    WHERE id = ${discountId} AND active AND ("maxUses" IS NULL OR "usedCount" < "maxUses")
      AND ("expiresAt" IS NULL OR "expiresAt" > now()) AND ("startsAt" IS NULL OR "startsAt" <= now())`;
  if (taken === 0) throw new ApiError("invalid_discount_code", "Invalid discount code");
}

export async function returnDiscountUse(tx: Tx, discountId: number) {
  await tx.$executeRaw`UPDATE "DiscountCode" SET "usedCount" = GREATEST("usedCount" - 1, 0), "updatedAt" = now() WHERE id = ${discountId}`;
}

/** Debits a gift certificate, if its balance still covers the amount. */
export async function holdGiftBalance(tx: Tx, certificateId: number, amount: number) {
  const taken = await tx.$executeRaw`UPDATE "GiftCertificate"
    SET "remainingAmount" = "remainingAmount" - ${amount},
        status = CASE WHEN "remainingAmount" - ${amount} = 0 THEN 'redeemed'::"GiftCertificateStatus" ELSE status END,
        "updatedAt" = now()
    WHERE id = ${certificateId} AND status = 'active' AND "remainingAmount" >= ${amount}
      AND ("expiresAt" IS NULL OR "expiresAt" > now())`;
  if (taken === 0) throw new ApiError("invalid_gift_certificate", "The gift certificate no longer covers this amount");
}

export async function returnGiftBalance(tx: Tx, certificateId: number, amount: number) {
  await tx.$executeRaw`UPDATE "GiftCertificate"
    SET "remainingAmount" = "remainingAmount" + ${amount},
        status = CASE WHEN status = 'redeemed' THEN 'active'::"GiftCertificateStatus" ELSE status END,
        "updatedAt" = now()
    WHERE id = ${certificateId}`;
}
