import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { CategoryTile } from "@/components/category-tile";
import { ProductGrid } from "@/components/product-grid";
import { getCategories, getProducts } from "../_lib/catalogue";
import { shopOpenGraph } from "../_lib/open-graph";

type Props = { params: Promise<{ tenant: string }> };

const HOME_GRID_SIZE = 8;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shop = await resolveShop((await params).tenant);
  if (!shop) return {};
  const { products } = await getProducts(shop.siteId, "featured", 1, HOME_GRID_SIZE);
  const image = products[0]?.image;
  return {
    title: { absolute: shop.name },
    alternates: { canonical: shop.href() },
    openGraph: shopOpenGraph(shop, {
      title: shop.name,
      url: shop.href(),
      images: image ? [{ url: image, width: 800, height: 800, alt: products[0].name }] : undefined,
    }),
  };
}

export default async function HomePage({ params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();

  const [featuredPage, newest, categories] = await Promise.all([
    getProducts(shop.siteId, "featured", 1, HOME_GRID_SIZE),
    getProducts(shop.siteId, "newest", 1, HOME_GRID_SIZE),
    getCategories(shop.siteId),
  ]);
  // "featured" sorts featured products first; the rest of that page are not featured.
  const featured = featuredPage.products.filter((p) => p.featured);
  const tiles = categories.filter((c) => c.parentId === null);
  const heroImages = [...new Map(featured.concat(newest.products).filter((p) => p.image).map((p) => [p.id, p])).values()].slice(0, 3);
  const firstCategory = tiles.find((c) => c.productCount > 0);

  return (
    <>
      <section aria-labelledby="hero-title" className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 lg:px-8 lg:pt-10">
        <div className="grid overflow-hidden rounded-[2rem] bg-[#efe6da] lg:grid-cols-2">
          <div className="flex flex-col justify-center px-6 pt-10 pb-8 sm:px-12 sm:py-12 lg:py-20">
            <p className="text-xs font-semibold tracking-[0.2em] text-accent uppercase">New season, small batches</p>
            <h1 id="hero-title" className="mt-4 text-4xl font-semibold tracking-tight text-balance text-ink sm:text-5xl lg:text-6xl">
              {shop.name}
            </h1>
            <p className="mt-5 max-w-md text-lg leading-relaxed text-muted">
              Well-made everyday goods, chosen with care and built to be used. Find something you&apos;ll keep for years.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link
                href="#new-arrivals"
                className="inline-flex h-12 items-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
              >
                Shop new arrivals
              </Link>
              {firstCategory && (
                <Link
                  href={shop.href(`/category/${encodeURIComponent(firstCategory.slug)}`)}
                  className="inline-flex h-12 items-center rounded-full border border-ink/80 px-7 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper"
                >
                  Browse {firstCategory.name}
                </Link>
              )}
            </div>
          </div>
          {heroImages.length > 0 && (
            <div className="grid grid-cols-3 gap-2 px-3 pb-3 sm:min-h-[22rem] sm:grid-cols-2 lg:min-h-[28rem] sm:gap-3 sm:pt-3 lg:p-4">
              {heroImages.map((p, i) => (
                <div
                  key={p.id}
                  className={`relative overflow-hidden rounded-2xl bg-white sm:aspect-auto sm:rounded-3xl ${i === 0 ? "sm:row-span-2" : ""} ${
                    heroImages.length === 1 ? "col-span-3 aspect-[2/1] sm:col-span-2" : "aspect-square"
                  }`}
                >
                  <Image
                    src={p.image!}
                    alt=""
                    fill
                    sizes="(min-width: 1280px) 310px, (min-width: 1024px) 25vw, (min-width: 640px) 50vw, 33vw"
                    loading="eager"
                    fetchPriority={i === 0 ? "high" : "auto"}
                    className="object-cover"
                  />
                </div>
              ))}
            </div>
          )}
        </div>
      </section>

      {featured.length > 0 && (
        <section aria-labelledby="featured-title" className="mx-auto mt-20 max-w-7xl px-4 sm:px-6 lg:px-8">
          <SectionHeading id="featured-title" title="Featured" subtitle="Our favourites right now." />
          <ProductGrid products={featured} shop={shop} className="mt-8" />
        </section>
      )}

      {tiles.length > 0 && (
        <section aria-labelledby="categories-title" className="mx-auto mt-20 max-w-7xl px-4 sm:px-6 lg:px-8">
          <SectionHeading id="categories-title" title="Shop by category" />
          <ul role="list" className="mt-8 grid grid-cols-2 gap-4 sm:gap-6 md:grid-cols-3">
            {tiles.map((category) => (
              <li key={category.id}>
                <CategoryTile
                  name={category.name}
                  href={shop.href(`/category/${encodeURIComponent(category.slug)}`)}
                  image={category.image}
                  productCount={category.productCount}
                  sizes="(min-width: 1280px) 400px, (min-width: 768px) 32vw, 48vw"
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section id="new-arrivals" aria-labelledby="new-title" className="mx-auto mt-20 max-w-7xl scroll-mt-6 px-4 sm:px-6 lg:px-8">
        <SectionHeading id="new-title" title="New arrivals" subtitle="Fresh in the shop." />
        {newest.products.length > 0 ? (
          <ProductGrid products={newest.products} shop={shop} className="mt-8" />
        ) : (
          <p className="mt-8 text-muted">New products are on their way. Check back soon.</p>
        )}
      </section>
    </>
  );
}

function SectionHeading({ id, title, subtitle }: { id: string; title: string; subtitle?: string }) {
  return (
    <div>
      <h2 id={id} className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
        {title}
      </h2>
      {subtitle && <p className="mt-2 text-muted">{subtitle}</p>}
    </div>
  );
}
