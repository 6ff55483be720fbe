import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DEFAULT_PAGE_SIZE } from "@/lib/catalog/schemas";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmptyState } from "@/components/empty-state";
import { JsonLd } from "@/components/json-ld";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-grid";
import { SortForm } from "@/components/sort-form";
import { getCategories, getProducts } from "../../_lib/catalogue";
import { categoryTrail } from "../../_lib/category-trail";
import { safeDecode } from "../../_lib/safe-decode";
import { listingHref, listingParams, type SearchParams } from "../../_lib/listing-params";
import { requestOrigin } from "../../_lib/request-origin";
import { shopOpenGraph } from "../../_lib/open-graph";

type Props = { params: Promise<{ tenant: string; slug: string }>; searchParams: Promise<SearchParams> };

async function load(params: Props["params"]) {
  const { tenant, slug } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const categories = await getCategories(shop.siteId);
  const category = categories.find((c) => c.slug === safeDecode(slug));
  if (!category) notFound();
  return { shop, categories, category };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { shop, category } = await load(params);
  const { page } = listingParams(await searchParams);
  const path = shop.href(`/category/${encodeURIComponent(category.slug)}`);
  const title = page > 1 ? `${category.name} (page ${page})` : category.name;
  const description = category.description ?? `Shop ${category.name} at ${shop.name}.`;
  return {
    title,
    description,
    alternates: { canonical: listingHref(path, { page }) },
    openGraph: shopOpenGraph(shop, {
      title: `${category.name} – ${shop.name}`,
      description,
      url: path,
      images: category.image ? [{ url: category.image, width: 800, height: 800, alt: category.name }] : undefined,
    }),
  };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { shop, categories, category } = await load(params);
  const { page, sort } = listingParams(await searchParams);
  const { products, pagination } = await getProducts(shop.siteId, sort, page, DEFAULT_PAGE_SIZE, category.slug);

  const path = shop.href(`/category/${encodeURIComponent(category.slug)}`);
  const categoryHref = (slug: string) => shop.href(`/category/${encodeURIComponent(slug)}`);
  const crumbs = [
    { name: "Home", href: shop.href() },
    ...categoryTrail(categories, category.id).map((c) => ({ name: c.name, href: categoryHref(c.slug) })),
  ];
  const children = categories.filter((c) => c.parentId === category.id);
  const origin = await requestOrigin();

  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: crumbs.map((crumb, i) => ({
            "@type": "ListItem",
            position: i + 1,
            name: crumb.name,
            item: new URL(crumb.href, origin).href,
          })),
        }}
      />
      <Breadcrumbs items={crumbs} />

      <header className="mt-8 max-w-3xl">
        <h1 className="text-4xl font-semibold tracking-tight text-ink sm:text-5xl">{category.name}</h1>
        {category.description && <p className="mt-4 text-lg leading-relaxed text-muted">{category.description}</p>}
      </header>

      {children.length > 0 && (
        <nav aria-label={`${category.name} subcategories`} className="mt-8">
          <ul role="list" className="flex flex-wrap gap-2">
            {children.map((child) => (
              <li key={child.id}>
                <Link
                  href={categoryHref(child.slug)}
                  className="inline-flex h-10 items-center gap-2 rounded-full border border-stone-300 bg-white px-4 text-sm font-medium text-ink transition-colors hover:border-ink"
                >
                  {child.name}
                  <span className="text-muted">{child.productCount}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="mt-10 flex flex-wrap items-center justify-between gap-4 border-y border-stone-200/80 py-4">
        <p className="text-sm text-muted">
          {pagination.total} {pagination.total === 1 ? "product" : "products"}
        </p>
        {pagination.total > 1 && <SortForm action={path} sort={sort} />}
      </div>

      <h2 className="sr-only">Products</h2>
      {products.length > 0 ? (
        <ProductGrid products={products} shop={shop} eagerCount={4} className="mt-8" />
      ) : pagination.total > 0 ? (
        <div className="mt-8">
          <EmptyState title={`There is no page ${page}`} action={{ label: "Go to the first page", href: listingHref(path, { sort }) }}>
            This category has {pagination.totalPages} {pagination.totalPages === 1 ? "page" : "pages"} of products.
          </EmptyState>
        </div>
      ) : (
        <div className="mt-8">
          <EmptyState title="Nothing here yet" action={{ label: "Continue shopping", href: shop.href() }}>
            We&apos;re restocking {category.name.toLowerCase()}. Have a look around the rest of the shop in the meantime.
          </EmptyState>
        </div>
      )}

      <Pagination page={page} totalPages={pagination.totalPages} hrefFor={(p) => listingHref(path, { page: p, sort })} />
    </div>
  );
}
