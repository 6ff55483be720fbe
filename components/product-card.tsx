import Image from "next/image";
import Link from "next/link";
import type { ProductSummary } from "@/lib/catalog/schemas";
import { Price } from "./price";

export const PRODUCT_CARD_SIZES = "(min-width: 1280px) 296px, (min-width: 1024px) 23vw, (min-width: 768px) 31vw, 48vw";

type ProductCardProps = {
  product: ProductSummary;
  href: string;
  currency: string;
  locale: string;
  /** Load the image at once: for cards that are in the first screenful. */
  eager?: boolean;
};

export function ProductCard({ product, href, currency, locale, eager = false }: ProductCardProps) {
  const onSale = product.compareAtPrice != null && product.compareAtPrice > product.price;
  return (
    // The name's link stretches over the whole card (after:inset-0), so the card is one target
    // whose accessible name is just the product name; the ring shows on the card when it has focus.
    <article
      data-testid="product-card"
      className="group relative flex w-full flex-col rounded-2xl outline-offset-4 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-accent"
    >
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-white ring-1 ring-stone-900/5">
        {product.image ? (
          // The name sits next to the image in the same card, so the image is decorative here.
          <Image
            src={product.image}
            alt=""
            fill
            sizes={PRODUCT_CARD_SIZES}
            loading={eager ? "eager" : "lazy"}
            className="object-cover transition duration-500 ease-out group-hover:scale-[1.04] motion-reduce:transition-none motion-reduce:group-hover:scale-100"
          />
        ) : (
          <div className="flex h-full items-center justify-center bg-stone-100 text-sm text-muted">No image</div>
        )}
        {onSale && (
          <span className="absolute left-3 top-3 rounded-full bg-accent px-2.5 py-1 text-xs font-semibold tracking-wide text-white">
            Sale
          </span>
        )}
      </div>
      <div className="mt-3 flex flex-1 flex-col gap-1 px-0.5">
        {product.categoryName && <p className="text-xs tracking-wide text-muted uppercase">{product.categoryName}</p>}
        <h3 className="text-[0.95rem] leading-snug font-medium text-ink">
          <Link href={href} className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-hidden">
            {product.name}
          </Link>
        </h3>
        <Price amount={product.price} compareAt={product.compareAtPrice} currency={currency} locale={locale} />
      </div>
    </article>
  );
}
