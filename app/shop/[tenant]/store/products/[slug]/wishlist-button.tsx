import Link from "next/link";
import { HeartIcon, WishlistToggle, wishlistButtonStyle } from "@/components/wishlist-toggle";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import type { Shop } from "@/lib/sites/resolve-shop";
import { isInWishlist } from "@/lib/wishlist/is-in-wishlist";
import { toggleWishlist } from "./actions";

type WishlistButtonProps = { shop: Shop; tenant: string; productId: number; slug: string; productPath: string };

/**
 * The wishlist heart: a toggle for a signed-in customer, a way to sign in (and come back) for
 * anyone else. Rendered under Suspense: it reads the session, the rest of the page does not wait.
 */
export async function WishlistButton({ shop, tenant, productId, slug, productPath }: WishlistButtonProps) {
  if (!shop.customerAccountsEnabled) return null;
  const customer = await currentShopCustomer(shop.siteId);
  if (!customer) {
    return (
      <Link href={shop.href(`/account/sign-in?next=${encodeURIComponent(productPath)}`)} className={wishlistButtonStyle}>
        <HeartIcon filled={false} />
        Add to wishlist
        <span className="sr-only">(sign in first)</span>
      </Link>
    );
  }
  const saved = await isInWishlist(shop.siteId, customer.customerId, productId);
  return <WishlistToggle action={toggleWishlist.bind(null, tenant, slug)} productId={productId} saved={saved} />;
}

/** Holds the button's place while the session is read, so nothing below it moves. */
export function WishlistButtonPlaceholder() {
  return <div aria-hidden="true" className="h-12 w-48 rounded-full border border-stone-200 bg-white/60" />;
}
