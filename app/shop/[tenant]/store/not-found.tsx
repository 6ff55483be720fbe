import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { SHOP_BASE_HEADER } from "@/lib/sites/shop-base";
import { SearchForm } from "@/components/search-form";

export const metadata: Metadata = { title: "Page not found" };

// Not-found pages get no params; the proxy's base-path header says which shop's links to build.
export default async function StoreNotFound() {
  const base = (await headers()).get(SHOP_BASE_HEADER) ?? "";
  const home = `${base}/store`;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center sm:py-32">
      <p className="text-sm font-semibold tracking-[0.2em] text-accent uppercase">404</p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight text-ink sm:text-5xl">Page not found</h1>
      <p className="mt-5 text-lg leading-relaxed text-muted">
        We couldn&apos;t find what you were looking for. It may have sold out for good or moved. Try a search instead.
      </p>
      <SearchForm id="not-found-search" action={`${home}/search`} size="lg" className="mt-8 w-full" landmarkLabel="Search the shop" />
      <Link
        href={home}
        className="mt-8 inline-flex h-12 items-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
      >
        Back to the shop
      </Link>
    </div>
  );
}
