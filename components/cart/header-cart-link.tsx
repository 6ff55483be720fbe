import Link from "next/link";
import { countCartUnits } from "@/lib/cart/count-cart-units";
import { readCartSessionId } from "@/lib/cart/shop-cart-session";
import type { Shop } from "@/lib/sites/resolve-shop";

const linkStyle =
  "order-1 inline-flex h-10 items-center gap-2 rounded-full px-3 text-sm font-medium text-ink hover:bg-stone-200/60 lg:order-5";

/** The header's cart link with the number of units in this browser's cart; render it under Suspense. */
export async function HeaderCartLink({ shop }: { shop: Shop }) {
  const sessionId = await readCartSessionId();
  const units = sessionId ? await countCartUnits(shop.siteId, sessionId) : 0;
  return <CartLinkShell href={shop.href("/cart")} units={units} />;
}

/** The same link without the count, shown while the count is read, so the header does not move. */
export function HeaderCartLinkFallback({ shop }: { shop: Shop }) {
  return <CartLinkShell href={shop.href("/cart")} units={null} />;
}

function CartLinkShell({ href, units }: { href: string; units: number | null }) {
  return (
    // Only the counted link carries the test id: the fallback and the streamed link are briefly both in the page.
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
