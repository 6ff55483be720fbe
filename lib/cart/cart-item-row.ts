import type { CartItemRow } from "./schemas";

/** A CartItem row with the columns the API answers. */
export type CartItemDbRow = {
  id: number;
  cartId: number;
  productId: number;
  variantId: number | null;
  designId: number | null;
  legacyDesignUuid: string | null;
  quantity: number;
  unitPrice: number;
  createdAt: Date;
  updatedAt: Date;
};

/** A cart_items row as the API answers it: one designId, whichever designer made the design. */
export function toCartItemRow({ legacyDesignUuid, designId, createdAt, updatedAt, ...row }: CartItemDbRow): CartItemRow {
  return { ...row, designId: designId ?? legacyDesignUuid, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
