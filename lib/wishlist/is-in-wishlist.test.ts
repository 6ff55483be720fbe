import { describe, expect, it } from "vitest";
import { createProduct, createSite } from "@/tests/support/fixtures";
import { signUp } from "@/tests/support/customers";
import { isInWishlist } from "./is-in-wishlist";
import { addWishlistItem, removeWishlistItem } from "./wishlist";

describe("isInWishlist", () => {
  it("follows adds and removes, for this customer on this site only", async () => {
    const siteId = (await createSite()).id;
    const product = await createProduct(siteId);
    const [customer, other] = [await signUp(siteId), await signUp(siteId)];

    expect(await isInWishlist(siteId, customer.id, product.id)).toBe(false);
    await addWishlistItem(siteId, customer.id, { productId: product.id });
    expect(await isInWishlist(siteId, customer.id, product.id)).toBe(true);
    expect(await isInWishlist(siteId, other.id, product.id)).toBe(false);
    expect(await isInWishlist((await createSite()).id, customer.id, product.id)).toBe(false);

    await removeWishlistItem(siteId, customer.id, product.id);
    expect(await isInWishlist(siteId, customer.id, product.id)).toBe(false);
  });
});
