import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadActiveCategories } from "@/lib/catalog/category-tree";
import { getProductBySlug } from "@/lib/catalog/get-product";
import { listProductStyles } from "@/lib/catalog/get-product-styles";
import type { ProductDetail } from "@/lib/catalog/schemas";
import { toDecimalString } from "@/lib/format/money";
import { listProductReviews } from "@/lib/reviews/product-reviews";
import { resolveShop, type Shop } from "@/lib/sites/resolve-shop";
import { MAX_SUBSCRIPTION_QUANTITY } from "@/lib/subscriptions/schemas";
import { cycleLabel, offeredPlans } from "@/lib/subscriptions/subscriptions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BulkPricingTable } from "@/components/bulk-pricing-table";
import { JsonLd } from "@/components/json-ld";
import { Price } from "@/components/price";
import { AddToCartForm } from "@/components/add-to-cart-form";
import { ProductGallery } from "@/components/product-gallery";
import { ProductGrid } from "@/components/product-grid";
import { ProductReviews } from "@/components/product-reviews";
import { StarRating } from "@/components/star-rating";
import { StockStatus } from "@/components/stock-status";
import { VariantPicker } from "@/components/variant-picker";
import { getProducts } from "../../_lib/catalogue";
import { categoryTrail } from "../../_lib/category-trail";
import { safeDecode } from "../../_lib/safe-decode";
import { shopOpenGraph } from "../../_lib/open-graph";
import { addToCart, readWishlistState, subscribe, toggleWishlist } from "./actions";
import { SubscribeForm } from "./subscribe-form";
import { WishlistButton } from "./wishlist-button";

type Props = { params: Promise<{ tenant: string; slug: string }> };

// Rendered on the first request for each product, then served from the page cache
// (lib/catalog/cache/page-cache-handler.js) until a change to the site's catalogue, which
// PostgreSQL reports to every instance. Nothing here may read the request (cookies, headers,
// search params): the cart count, the wishlist and ?variant= are applied in the browser. The
// five-minute revalidation is only a safety net, as the catalogue cache's maximum age is.
export const revalidate = 300;
export function generateStaticParams(): { tenant: string; slug: string }[] {
  return [];
}

const RELATED_COUNT = 4;
const REVIEWS_SHOWN = 10;

async function load(params: Props["params"]) {
  const { tenant, slug } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const product = await getProductBySlug(shop.siteId, safeDecode(slug), "");
  if (!product) notFound();
  return { shop, product, path: shop.href(`/products/${encodeURIComponent(product.slug)}`) };
}

const summary = (product: ProductDetail) => product.shortDescription ?? product.description?.slice(0, 160) ?? undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { shop, product, path } = await load(params);
  const image = product.images[0];
  return {
    title: product.name,
    description: summary(product),
    alternates: { canonical: path },
    openGraph: shopOpenGraph(shop, {
      title: `${product.name} – ${shop.name}`,
      description: summary(product),
      url: path,
      images: image ? [{ url: image.url, width: 800, height: 800, alt: image.alt ?? product.name }] : undefined,
    }),
  };
}

export default async function ProductPage({ params }: Props) {
  const { shop, product, path } = await load(params);
  const { tenant } = await params;
  const [categories, styles, related, { reviews }, plans] = await Promise.all([
    loadActiveCategories(shop.siteId),
    product.designable ? listProductStyles(shop.siteId, product.id, "") : Promise.resolve([]),
    product.category
      ? getProducts(shop.siteId, "featured", 1, RELATED_COUNT + 1, product.category.slug)
      : Promise.resolve(null),
    listProductReviews(shop.siteId, product.slug, { page: 1, limit: REVIEWS_SHOWN }),
    // Subscribing needs an account, so a shop without accounts offers no plans.
    shop.customerAccountsEnabled ? offeredPlans(shop.siteId, product.id) : Promise.resolve([]),
  ]);

  const crumbs = [
    { name: "Home", href: shop.href() },
    ...(product.category ? categoryTrail(categories, product.category.id) : []).map((c) => ({
      name: c.name,
      href: shop.href(`/category/${encodeURIComponent(c.slug)}`),
    })),
    { name: product.name, href: path },
  ];
  const relatedProducts = related?.products.filter((p) => p.id !== product.id).slice(0, RELATED_COUNT) ?? [];
  const hasOptions = product.options.length > 0 && product.variants.length > 0;
  const purchase = { action: addToCart.bind(null, tenant), productId: product.id, cartHref: shop.href("/cart") };

  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <JsonLd data={productJsonLd(shop, product, path)} />
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: crumbs.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: new URL(crumb.href, shop.origin).href })),
        }}
      />
      <Breadcrumbs items={crumbs} />

      <div className="mt-8 grid gap-10 lg:grid-cols-2 lg:gap-16">
        <div className="lg:sticky lg:top-8 lg:self-start">
          <ProductGallery images={product.images} productName={product.name} />
        </div>

        <div className="lg:py-4">
          {product.category && (
            <Link
              href={shop.href(`/category/${encodeURIComponent(product.category.slug)}`)}
              className="text-xs font-semibold tracking-[0.2em] text-accent uppercase hover:underline"
            >
              {product.category.name}
            </Link>
          )}
          <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance text-ink sm:text-4xl">{product.name}</h1>
          {product.rating.average !== null && (
            <a href="#reviews-title" className="mt-2 inline-flex items-center gap-2 text-sm text-muted hover:underline">
              <StarRating value={product.rating.average} />
              <span>{product.rating.count === 1 ? "1 review" : `${product.rating.count} reviews`}</span>
            </a>
          )}
          {product.shortDescription && <p className="mt-4 text-lg leading-relaxed text-muted">{product.shortDescription}</p>}

          <div className="mt-8 border-t border-stone-200/80 pt-8">
            {hasOptions ? (
              <VariantPicker
                options={product.options}
                variants={product.variants}
                basePrice={product.price}
                baseCompareAt={product.compareAtPrice}
                currency={shop.currency}
                locale={shop.locale}
                addToCart={purchase}
              />
            ) : (
              <div className="space-y-3">
                <Price amount={product.price} compareAt={product.compareAtPrice} currency={shop.currency} locale={shop.locale} size="lg" />
                <StockStatus inStock={product.inStock} inventory={product.inventory} />
                <AddToCartForm {...purchase} variantId={null} purchasable={product.inStock} />
                {product.sku && <p className="pt-3 text-xs text-muted">SKU {product.sku}</p>}
              </div>
            )}
            <div className="mt-4">
              {shop.customerAccountsEnabled && (
                <WishlistButton
                  productId={product.id}
                  signInHref={shop.href(`/account/sign-in?next=${encodeURIComponent(path)}`)}
                  readState={readWishlistState.bind(null, tenant, product.id)}
                  toggle={toggleWishlist.bind(null, tenant, product.slug)}
                />
              )}
            </div>
          </div>

          {plans.length > 0 && (
            <section aria-labelledby="subscribe-title" className="mt-8 rounded-2xl border border-stone-200 p-5">
              <h2 id="subscribe-title" className="text-base font-semibold text-ink">
                Subscribe &amp; save
              </h2>
              <p className="mt-1 text-sm text-muted">Delivered on a schedule you choose; pause, skip or cancel any time in My Account.</p>
              <SubscribeForm
                plans={plans.map((plan) => ({ id: plan.id, name: plan.name, price: plan.price, currency: plan.currency, cycle: cycleLabel(plan) }))}
                oneOffPrice={product.price}
                locale={shop.locale}
                maxQuantity={MAX_SUBSCRIPTION_QUANTITY}
                action={subscribe.bind(null, tenant, product.slug)}
              />
            </section>
          )}

          {product.bulkPricing.length > 0 && (
            <div className="mt-8">
              <BulkPricingTable tiers={product.bulkPricing} basePrice={product.price} currency={shop.currency} locale={shop.locale} />
            </div>
          )}

          {product.designable && (
            <aside aria-labelledby="customise-title" className="mt-8 flex gap-4 rounded-2xl bg-[#efe6da] p-5">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-6 shrink-0 fill-none stroke-accent stroke-[1.5]">
                <path d="m14.5 4.5 5 5L9 20H4v-5L14.5 4.5Z" />
                <path d="m12.5 6.5 5 5" />
              </svg>
              <div className="text-sm leading-6">
                <h2 id="customise-title" className="font-semibold text-ink">
                  Can be customised
                </h2>
                <p className="text-muted">
                  This product can be printed with your own artwork
                  {styles.length > 0 && (
                    <>
                      {" "}
                      in {listFormat(styles.map((s) => s.name))}, with print areas on the{" "}
                      {listFormat([...new Set(styles.flatMap((s) => s.sides.map((side) => side.name.toLowerCase())))])}
                    </>
                  )}
                  .
                </p>
                <Link
                  href={shop.href(`/design/${encodeURIComponent(product.slug)}`)}
                  className="mt-4 inline-flex h-11 items-center rounded-full border border-ink px-6 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper"
                >
                  Customize
                  <span className="sr-only"> {product.name}</span>
                </Link>
              </div>
            </aside>
          )}

          {product.description && (
            <section aria-labelledby="details-title" className="mt-10 border-t border-stone-200/80 pt-8">
              <h2 id="details-title" className="text-base font-semibold text-ink">
                Details
              </h2>
              <p className="mt-3 leading-7 whitespace-pre-line text-muted">{product.description}</p>
            </section>
          )}
        </div>
      </div>

      <ProductReviews rating={product.rating} reviews={reviews} locale={shop.locale} />

      {relatedProducts.length > 0 && product.category && (
        <section aria-labelledby="related-title" className="mt-24">
          <h2 id="related-title" className="text-2xl font-semibold tracking-tight text-ink">
            More in {product.category.name}
          </h2>
          <ProductGrid products={relatedProducts} shop={shop} className="mt-8" />
        </section>
      )}
    </div>
  );
}

function listFormat(items: string[]): string {
  return new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(items);
}

function productJsonLd(shop: Shop, product: ProductDetail, path: string) {
  const url = new URL(path, shop.origin).href;
  const availability = (inStock: boolean) => `https://schema.org/${inStock ? "InStock" : "OutOfStock"}`;
  const offer = (o: { price: number; inStock: boolean; sku?: string | null; name?: string; url: string }) => ({
    "@type": "Offer",
    sku: o.sku ?? undefined,
    name: o.name,
    url: o.url,
    price: toDecimalString(o.price, shop.currency),
    priceCurrency: shop.currency,
    availability: availability(o.inStock),
    itemCondition: "https://schema.org/NewCondition",
  });
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description ?? product.shortDescription ?? undefined,
    sku: product.sku ?? undefined,
    image: product.images.map((image) => new URL(image.url, shop.origin).href),
    url,
    brand: { "@type": "Brand", name: shop.name },
    category: product.category?.name,
    aggregateRating:
      product.rating.average === null ? undefined : { "@type": "AggregateRating", ratingValue: product.rating.average, reviewCount: product.rating.count, bestRating: 5, worstRating: 1 },
    offers:
      product.variants.length > 0
        ? product.variants.map((v) => offer({ ...v, url: `${url}?variant=${v.id}` }))
        : offer({ price: product.price, inStock: product.inStock, sku: product.sku, url }),
  };
}
