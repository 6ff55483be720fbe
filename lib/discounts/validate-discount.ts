import { db } from "@/lib/db";
import type { StoreContext } from "@/lib/sites/get-store";
import { assertUsable, discountOnSubtotal, normaliseCode } from "./evaluate-discount";
import type { DiscountValidation } from "./schemas";

/** POST /discount/validate: whether a code can be used, and what it takes off a subtotal. Consumes nothing. */
export async function validateDiscount(store: StoreContext, code: string, subtotal?: number): Promise<DiscountValidation> {
  const row = await db().discountCode.findUnique({ where: { siteId_code: { siteId: store.siteId, code: normaliseCode(code) } } });
  const usable = assertUsable(row, subtotal, new Date(), store);
  return {
    code: usable.code,
    description: usable.description,
    discountType: usable.discountType,
    amount: usable.amount,
    minOrderAmount: usable.minOrderAmount,
    discountAmount: subtotal === undefined ? null : discountOnSubtotal(usable, subtotal),
  };
}
