"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

const CART_CHANGED = "storefront:cart-changed";

const linkStyle =
  "order-1 inline-flex h-10 items-center gap-2 rounded-full px-3 text-sm font-medium text-ink hover:bg-stone-200/60 lg:order-5";

type HeaderCartLinkProps = {
  href: string;
  /** Reads this browser's cart units on the server (a bound server action). */
  readUnits: () => Promise<number>;
};

/**
 * Tells the header the cart changed: with the new unit count when the caller knows it, else the
 * header asks the server again.
 */
export function announceCartChange(units?: number) {
  window.dispatchEvent(new CustomEvent(CART_CHANGED, { detail: units }));
}

/**
 * The header's cart link with the number of units in this browser's cart. The count is read after
 * load, not in the page: shop pages are rendered once and cached for everyone, so they cannot
 * read the cart cookie. Without JavaScript the link still leads to the cart.
 */
export function HeaderCartLink({ href, readUnits }: HeaderCartLinkProps) {
  const [units, setUnits] = useState<number | null>(null);
  const pathname = usePathname();

  useEffect(() => {
    let current = true;
    const reload = () =>
      readUnits()
        .then((count) => current && setUnits(count))
        .catch(() => undefined); // the link works without its count
    const changed = (event: Event) => {
      const announced = (event as CustomEvent<number | undefined>).detail;
      if (announced === undefined) reload();
      else setUnits(announced);
    };
    reload();
    window.addEventListener(CART_CHANGED, changed);
    return () => {
      current = false;
      window.removeEventListener(CART_CHANGED, changed);
    };
    // Read again on every navigation: checkout, sign-in or a restored cart may have changed it.
  }, [readUnits, pathname]);

  return (
    // Only the counted link carries the test id, so a test waits for the count.
    <Link href={href} className={linkStyle} data-testid={units === null ? undefined : "header-cart"}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
        <path d="M6 7h12l-1 13H7L6 7Z" strokeLinejoin="round" />
        <path d="M9 7V6a3 3 0 0 1 6 0v1" />
      </svg>
      <span className="sr-only min-[440px]:not-sr-only">Cart</span>
      {/* Always the same width slot: a count arriving later must not shift the header. */}
      <span
        className={`inline-flex h-5 min-w-5 items-center justify-center rounded-full px-1.5 text-xs font-semibold tabular-nums ${
          units ? "bg-accent text-paper" : "text-transparent"
        }`}
      >
        {units ? (
          <>
            {units}
            <span className="sr-only"> {units === 1 ? "item" : "items"}</span>
          </>
        ) : null}
      </span>
    </Link>
  );
}

/** Keeps the header's count in step with a page that shows the cart itself (the cart page). */
export function CartUnitsAnnouncer({ units }: { units: number }) {
  useEffect(() => announceCartChange(units), [units]);
  return null;
}
