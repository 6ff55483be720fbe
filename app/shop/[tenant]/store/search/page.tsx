import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DEFAULT_PAGE_SIZE } from "@/lib/catalog/schemas";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-grid";
import { SearchForm } from "@/components/search-form";
import { SortForm } from "@/components/sort-form";
import { getProducts } from "../_lib/catalogue";
import { listingHref, listingParams, param, type SearchParams } from "../_lib/listing-params";
import { searchSuggestFor } from "../_lib/search-suggest";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<SearchParams> };

const MAX_TERM = 200;
const termOf = (searchParams: SearchParams) => (param(searchParams, "q") ?? "").trim().slice(0, MAX_TERM);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = termOf(await searchParams);
  return {
    title: q ? `Search results for “${q}”` : "Search",
    // Result pages are endless variations of the catalogue; keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  const query = await searchParams;
  const q = termOf(query);
  const { page, sort } = listingParams(query);
  const path = shop.href("/search");
  const result = q ? await getProducts(shop.siteId, sort, page, DEFAULT_PAGE_SIZE, undefined, q) : null;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 lg:px-8">
      <header className="max-w-2xl">
        <h1 className="text-4xl font-semibold tracking-tight text-ink sm:text-5xl">
          {q ? (
            <>
              Results for <span className="text-accent">“{q}”</span>
            </>
          ) : (
            "Search"
          )}
        </h1>
        <SearchForm
          id="page-search"
          action={path}
          defaultValue={q}
          size="lg"
          className="mt-6"
          landmarkLabel="Search again"
          suggest={searchSuggestFor(shop)}
        />
      </header>

      {result && (
        <>
          <div className="mt-10 flex flex-wrap items-center justify-between gap-4 border-y border-stone-200/80 py-4">
            <p className="text-sm text-muted" role="status">
              {result.pagination.total === 0
                ? "No products found"
                : `${result.pagination.total} ${result.pagination.total === 1 ? "product" : "products"} found`}
            </p>
            {result.pagination.total > 1 && <SortForm action={path} sort={sort} keep={{ q }} />}
          </div>

          <h2 className="sr-only">Results</h2>
          {result.products.length > 0 ? (
            <ProductGrid products={result.products} shop={shop} eagerCount={4} className="mt-8" />
          ) : (
            <div className="mt-8">
              {result.pagination.total > 0 ? (
                <EmptyState
                  title={`There is no page ${page}`}
                  headingLevel="h3"
                  action={{ label: "Go to the first page", href: listingHref(path, { q, sort }) }}
                >
                  This search has {result.pagination.totalPages} {result.pagination.totalPages === 1 ? "page" : "pages"} of results.
                </EmptyState>
              ) : (
                <EmptyState title="Nothing matched your search" headingLevel="h3" action={{ label: "Back to the shop", href: shop.href() }}>
                  Check the spelling, or try a shorter or more general word such as “mug” or “tee”.
                </EmptyState>
              )}
            </div>
          )}

          <Pagination
            page={page}
            totalPages={result.pagination.totalPages}
            hrefFor={(p) => listingHref(path, { q, page: p, sort })}
          />
        </>
      )}

      {!result && <p className="mt-8 text-muted">Type a product name or a word from its description.</p>}
    </div>
  );
}
