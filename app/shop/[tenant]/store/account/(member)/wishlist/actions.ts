"use server";

import { refresh } from "next/cache";
import { removeWishlistItem } from "@/lib/wishlist/wishlist";
import { formResult, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

/** Takes a product (every variant of it) off the signed-in customer's wishlist. */
export async function removeFromWishlist(siteId: number, productId: number): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, "/account/wishlist");
  return formResult(async () => {
    await removeWishlistItem(shop.siteId, customerId, productId);
    refresh();
    return "Removed from your wishlist.";
  });
}
