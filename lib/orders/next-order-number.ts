import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

// Order numbers ("{prefix}0042") count up without gaps: the site's OrderCounter row is advanced in
// the order's own transaction, so a rolled-back order gives its number back. Its row lock makes
// concurrent orders of a site take numbers one after another until they commit, so the number is
// taken by the transaction's last statement: the lock is then held for that statement and the
// commit only, not for every statement of the order.

/** A stand-in unique number the order is inserted with, until assignOrderNumber gives the real one. */
export const provisionalOrderNumber = () => `~${randomUUID()}`;

/** Gives the order the site's next number; call it last before the transaction commits. */
export async function assignOrderNumber(tx: Prisma.TransactionClient, siteId: number, orderId: number): Promise<string> {
  const [order] = await tx.$queryRaw<{ orderNumber: string }[]>`
    WITH counter AS (
      INSERT INTO "OrderCounter" ("siteId", "value") VALUES (${siteId}, 1)
      ON CONFLICT ("siteId") DO UPDATE SET "value" = "OrderCounter"."value" + 1
      RETURNING "value"
    )
    UPDATE "Order" AS o
    SET "orderNumber" = s."orderNumberPrefix" || lpad(counter."value"::text, greatest(4, length(counter."value"::text)), '0')
    FROM counter, "Store" AS s
    WHERE o.id = ${orderId} AND s."siteId" = ${siteId}
    RETURNING o."orderNumber"`;
  return order.orderNumber;
}
