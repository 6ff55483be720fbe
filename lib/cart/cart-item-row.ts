import type { CartItemRow } from "./schemas";

export const cartItemRowSelect = {
  id: true,
  cartId: true,
  productId: true,
  variantId: true,
  designId: true,
  legacyDesignUuid: true,
  quantity: true,
  unitPrice: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = {
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
export function toCartItemRow({ legacyDesignUuid, designId, createdAt, updatedAt, ...row }: Row): CartItemRow {
  return { ...row, designId: designId ?? legacyDesignUuid, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
