"use client";

import { startTransition, useOptimistic, useState } from "react";

export type WishlistState = { saved: boolean; message?: string; error?: string };
/** What the product page's wishlist button shows for this browser's customer. */
export type WishlistButtonState = { signedIn: false } | { signedIn: true; saved: boolean };

type WishlistToggleProps = {
  action: (formData: FormData) => Promise<WishlistState>;
  productId: number;
  saved: boolean;
};

export const wishlistButtonStyle =
  "inline-flex h-12 items-center gap-2 rounded-full border border-stone-300 bg-white px-5 text-sm font-medium text-ink transition-colors hover:border-ink";

/** The heart on a product page for a signed-in customer: adds the product to, or removes it from, the wishlist. */
export function WishlistToggle({ action, productId, saved: initiallySaved }: WishlistToggleProps) {
  const [state, setState] = useState<WishlistState>({ saved: initiallySaved });
  // The new state shows at once; the server's answer then replaces it (or puts it back on an error).
  const [shown, setShown] = useOptimistic(state.saved);

  async function toggle(formData: FormData) {
    setShown(!shown);
    const result = await action(formData);
    startTransition(() => setState(result));
  }

  return (
    <form action={toggle}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="intent" value={shown ? "remove" : "add"} />
      <button type="submit" className={wishlistButtonStyle}>
        <HeartIcon filled={shown} />
        {shown ? "Remove from wishlist" : "Add to wishlist"}
      </button>
      <p aria-live="polite" className={`mt-2 min-h-5 text-sm ${state.error ? "text-red-800" : "text-muted"}`}>
        {state.error ?? state.message}
      </p>
    </form>
  );
}

export function HeartIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={`size-5 stroke-2 ${filled ? "fill-accent stroke-accent" : "fill-none stroke-current"}`}>
      <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z" strokeLinejoin="round" />
    </svg>
  );
}
