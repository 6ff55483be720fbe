import { Prisma } from "@/lib/generated/prisma/client";
import { toCartItemRow } from "./cart-item-row";
import { writeCart } from "./cart-write";
import { cartActivityArgs } from "./lifecycle";
import type { CartItemRow, UpdateCartItemInput } from "./schemas";

export type UpdateCartItemResult = CartItemRow | { id: number; removed: true };

/**
 * PUT /cart: sets a line's quantity; 0 removes the line. Only lines of the caller's own live cart:
 * the database function storefront_set_cart_item_quantity looks for the line in the session's cart
 * once it has it open and locked.
 */
export async function updateCartItem(siteId: number, input: UpdateCartItemInput): Promise<UpdateCartItemResult> {
  const [line] = await writeCart(
    Prisma.sql`SELECT * FROM "storefront_set_cart_item_quantity"(${siteId}::int, ${input.sessionId}, ${input.cartItemId}::int,
      ${input.quantity}::int, ${cartActivityArgs()})`,
    "Cart item not found",
  );
  return line ? toCartItemRow(line) : { id: input.cartItemId, removed: true };
}
