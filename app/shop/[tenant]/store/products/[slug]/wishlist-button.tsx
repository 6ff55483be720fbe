"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { HeartIcon, WishlistToggle, wishlistButtonStyle, type WishlistButtonState, type WishlistState } from "@/components/wishlist-toggle";

type WishlistButtonProps = {
  productId: number;
  signInHref: string;
  /** This browser's customer and whether the product is on their wishlist (a bound server action). */
  readState: () => Promise<WishlistButtonState>;
  toggle: (formData: FormData) => Promise<WishlistState>;
};

/**
 * The wishlist heart: a toggle for a signed-in customer, a way to sign in (and come back) for
 * anyone else. The product page is cached for every visitor, so who is signed in is asked after
 * load; until then, and without JavaScript, it is the sign-in link.
 */
export function WishlistButton({ productId, signInHref, readState, toggle }: WishlistButtonProps) {
  const [state, setState] = useState<WishlistButtonState>({ signedIn: false });
  useEffect(() => {
    let current = true;
    readState()
      .then((read) => current && setState(read))
      .catch(() => undefined); // the sign-in link stays
    return () => {
      current = false;
    };
  }, [readState]);

  if (state.signedIn) return <WishlistToggle action={toggle} productId={productId} saved={state.saved} />;
  return (
    <Link href={signInHref} className={wishlistButtonStyle}>
      <HeartIcon filled={false} />
      Add to wishlist
      <span className="sr-only">(sign in first)</span>
    </Link>
  );
}
