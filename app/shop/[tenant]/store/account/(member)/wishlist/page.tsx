import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { AccountHeading } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { EmptyState } from "@/components/empty-state";
import { Price } from "@/components/price";
import { StockStatus } from "@/components/stock-status";
import { getProductBySlug } from "@/lib/catalog/get-product";
import { getWishlist } from "@/lib/wishlist/wishlist";
import { memberPage } from "../../_lib/member";
import { removeFromWishlist } from "./actions";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Wishlist", robots: { index: false } };

/** Stock of what was saved: the chosen variant's, else the product's; null once it is off sale. */
async function stockOf(siteId: number, item: { slug: string; variantId: number | null }) {
  const product = await getProductBySlug(siteId, item.slug);
  if (!product) return null;
  const variant = item.variantId ? product.variants.find((v) => v.id === item.variantId) : undefined;
  return variant ? { inStock: variant.inStock, inventory: variant.inventory } : { inStock: product.inStock, inventory: product.variants.length ? undefined : product.inventory };
}

export default async function WishlistPage({ params }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/wishlist");
  const wishlist = await getWishlist(shop.siteId, customerId);
  const stock = await Promise.all(wishlist.items.map((item) => (item.status === "active" ? stockOf(shop.siteId, item) : null)));

  return (
    <div>
      <AccountHeading title="Wishlist">
        <p>{wishlist.items.length === 1 ? "1 saved product" : `${wishlist.items.length} saved products`}, most recently saved first.</p>
      </AccountHeading>
      {wishlist.items.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="Your wishlist is empty" action={{ label: "Browse the shop", href: shop.href() }}>
            Tap the heart on a product to save it here for later.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" className="mt-8 grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
          {wishlist.items.map((item, index) => {
            const href = shop.href(`/products/${encodeURIComponent(item.slug)}`);
            const available = stock[index];
            return (
              <li key={item.id} data-testid="wishlist-item" className="flex flex-col rounded-2xl border border-stone-200 bg-white p-4">
                <Link href={href} tabIndex={-1} aria-hidden="true" className="relative block aspect-square overflow-hidden rounded-xl bg-stone-100">
                  {item.image ? (
                    <Image src={item.image} alt="" fill sizes="(min-width: 1280px) 260px, (min-width: 640px) 40vw, 90vw" className="object-cover" />
                  ) : (
                    <span className="flex h-full items-center justify-center text-sm text-muted">No image</span>
                  )}
                </Link>
                <h2 className="mt-3 font-medium text-ink">
                  <Link href={href} className="hover:underline">
                    {item.name}
                  </Link>
                </h2>
                <Price amount={item.price} compareAt={item.compareAtPrice} currency={shop.currency} locale={shop.locale} className="mt-1" />
                <div className="mt-2 flex-1">
                  {available ? (
                    <StockStatus inStock={available.inStock} inventory={available.inventory} />
                  ) : (
                    <p className="text-sm font-medium text-muted">No longer available</p>
                  )}
                </div>
                <ActionForm
                  action={removeFromWishlist.bind(null, shop.siteId, item.productId)}
                  submitLabel={
                    <>
                      Remove<span className="sr-only"> {item.name}</span>
                    </>
                  }
                  pendingLabel="Removing…"
                  tone="secondary"
                  className="mt-4"
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
