import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The site's next order number ("{prefix}0042"), counted by one UPDATE of its store row: the row
 * lock makes concurrent orders take numbers one after another, and a rolled-back order gives its
 * number back with the transaction.
 */
export async function nextOrderNumber(tx: Prisma.TransactionClient, siteId: number): Promise<string> {
  const [store] = await tx.$queryRaw<{ orderSequence: number; orderNumberPrefix: string }[]>`
    UPDATE "Store" SET "orderSequence" = "orderSequence" + 1 WHERE "siteId" = ${siteId}
    RETURNING "orderSequence", "orderNumberPrefix"`;
  return `${store.orderNumberPrefix}${String(store.orderSequence).padStart(4, "0")}`;
}
