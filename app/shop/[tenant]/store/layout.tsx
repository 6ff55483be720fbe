import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadActiveCategories } from "@/lib/catalog/category-tree";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { HeaderCartLink } from "@/components/cart/header-cart-link";
import { NavLink } from "@/components/nav-link";
import { SearchForm } from "@/components/search-form";
import { shopOpenGraph } from "./_lib/open-graph";
import { searchSuggestFor } from "./_lib/search-suggest";
import { readCartUnits } from "./cart/actions";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const shop = await resolveShop((await params).tenant);
  if (!shop) return {};
  return {
    metadataBase: new URL(shop.origin),
    title: { default: shop.name, template: `%s – ${shop.name}` },
    description: `Shop ${shop.name}: new arrivals, bestsellers and favourites.`,
    openGraph: shopOpenGraph(shop, {}),
  };
}

export default async function StoreLayout({ children, params }: Props) {
  const { tenant } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const topLevel = (await loadActiveCategories(shop.siteId)).filter((c) => c.parentId === null);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="fixed top-3 left-3 z-50 -translate-y-24 rounded-full bg-ink px-5 py-3 text-sm font-medium text-paper focus:translate-y-0 motion-safe:transition-transform"
      >
        Skip to content
      </a>

      <header className="border-b border-stone-200/80">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-1 gap-y-3 sm:gap-x-4 lg:gap-x-8 px-4 pt-4 pb-3 sm:px-6 lg:flex-nowrap lg:py-5 lg:px-8">
          <Link href={shop.href()} className="mr-auto shrink-0 text-xl font-semibold tracking-tight text-ink sm:text-2xl lg:mr-0">
            {shop.name}
          </Link>
          <Link
            href={shop.href("/account")}
            className="order-1 inline-flex h-10 items-center gap-2 rounded-full px-3 text-sm font-medium text-ink hover:bg-stone-200/60 lg:order-4"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
              <circle cx="12" cy="8" r="4" />
              <path d="M4 21a8 8 0 0 1 16 0" />
            </svg>
            {/* Icons alone on the narrowest phones, so the shop name, Account and Cart share one row. */}
            <span className="sr-only min-[440px]:not-sr-only">Account</span>
          </Link>
          <HeaderCartLink href={shop.href("/cart")} readUnits={readCartUnits.bind(null, tenant)} />
          <SearchForm
            id="header-search"
            action={shop.href("/search")}
            className="order-2 w-full min-[420px]:w-56 lg:order-3 lg:w-64"
            suggest={searchSuggestFor(shop)}
          />
          {topLevel.length > 0 && (
            <nav aria-label="Categories" className="order-3 -mx-4 w-[calc(100%+2rem)] sm:mx-0 sm:w-full lg:order-2 lg:w-auto lg:flex-1">
              {/* One scrollable row on small screens rather than a menu that would need JavaScript. */}
              <ul role="list" className="flex gap-1 overflow-x-auto px-2 [scrollbar-width:none] sm:px-0 lg:flex-wrap">
                {topLevel.map((category) => (
                  <li key={category.id} className="shrink-0">
                    <NavLink
                      href={shop.href(`/category/${encodeURIComponent(category.slug)}`)}
                      className="inline-flex h-10 items-center rounded-full px-3 text-sm font-medium text-ink transition-colors hover:bg-stone-200/60 aria-[current=page]:bg-ink aria-[current=page]:text-paper"
                    >
                      {category.name}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </header>

      <main id="main" className="flex-1">
        {children}
      </main>

      <footer className="mt-24 border-t border-stone-200/80 bg-white/60">
        <div className="mx-auto grid max-w-7xl gap-10 px-4 py-12 sm:grid-cols-2 sm:px-6 lg:grid-cols-4 lg:px-8">
          <div className="lg:col-span-2">
            <Link href={shop.href()} className="text-lg font-semibold tracking-tight">
              {shop.name}
            </Link>
            <p className="mt-3 max-w-sm text-sm leading-6 text-muted">
              Thoughtfully made goods, packed by hand and shipped with care.
            </p>
          </div>
          {topLevel.length > 0 && (
            <nav aria-label="Shop">
              <h2 className="text-sm font-semibold text-ink">Shop</h2>
              <ul role="list" className="mt-3 space-y-2 text-sm">
                {topLevel.map((category) => (
                  <li key={category.id}>
                    <Link href={shop.href(`/category/${encodeURIComponent(category.slug)}`)} className="text-muted hover:text-ink hover:underline">
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <nav aria-label="More">
            <h2 className="text-sm font-semibold text-ink">More</h2>
            <ul role="list" className="mt-3 space-y-2 text-sm">
              <li>
                <Link href={shop.href("/search")} className="text-muted hover:text-ink hover:underline">
                  Search
                </Link>
              </li>
              <li>
                <Link href={shop.href("/orders/lookup")} className="text-muted hover:text-ink hover:underline">
                  Find your order
                </Link>
              </li>
              <li>
                <a href="/docs/api" className="text-muted hover:text-ink hover:underline">
                  API reference
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <div className="border-t border-stone-200/80">
          <p className="mx-auto max-w-7xl px-4 py-6 text-xs text-muted sm:px-6 lg:px-8">
            © {new Date().getFullYear()} {shop.name}. All rights reserved.
          </p>
        </div>
      </footer>
    </div>
  );
}
