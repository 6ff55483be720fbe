import { db } from "@/lib/db";

/** Whether the product is on any of the customer's wishlists on this site (a plain read: creates nothing). */
export async function isInWishlist(siteId: number, customerId: number, productId: number): Promise<boolean> {
  const item = await db().wishlistItem.findFirst({
    where: { productId, wishlist: { siteId, customerId } },
    select: { id: true },
  });
  return item !== null;
}
