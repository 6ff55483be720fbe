import { ApiError, notFound } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { databaseErrorOf, retryConflicts } from "@/lib/db/run-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CartItemDbRow } from "./cart-item-row";
import { MAX_LINE_QUANTITY } from "./schemas";

/**
 * Runs one of the cart's write functions (prisma/migrations/20261208030000_cart_write_functions):
 * a single statement that opens and locks the session's cart, checks stock, writes and prices the
 * lines, all of it or none. Their refusals come back as the API's errors; `missing` is the message
 * of a 404.
 */
export async function writeCart(statement: Prisma.Sql, missing: string): Promise<CartItemDbRow[]> {
  try {
    return await retryConflicts(() => db().$queryRaw<CartItemDbRow[]>(statement));
  } catch (error) {
    throw refusalOf(error, missing) ?? error;
  }
}

function refusalOf(error: unknown, missing: string): ApiError | null {
  const refused = databaseErrorOf(error);
  if (refused?.code === "SF404") return notFound(missing);
  if (refused?.code === "SF409") return insufficientStock(Number(refused.detail));
  if (refused?.code === "SF422") return new ApiError("validation_error", `quantity: a line holds at most ${MAX_LINE_QUANTITY} units`);
  return null;
}

const insufficientStock = (left: number) =>
  new ApiError("insufficient_stock", left > 0 ? `Only ${left} left in stock` : "This item is out of stock");
