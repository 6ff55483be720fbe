"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { shopBasePath } from "@/lib/sites/shop-base";
import { SearchForm } from "@/components/search-form";

/** The not-found page's content, linking back into the shop the URL names. */
export function StoreNotFoundContent() {
  const { tenant } = useParams<{ tenant: string }>();
  const home = `${shopBasePath(tenant)}/store`;
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
