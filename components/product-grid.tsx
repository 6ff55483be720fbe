import type { ProductSummary } from "@/lib/catalog/schemas";
import type { Shop } from "@/lib/sites/resolve-shop";
import { ProductCard } from "./product-card";

type ProductGridProps = {
  products: ProductSummary[];
  shop: Pick<Shop, "href" | "currency" | "locale">;
  /** How many leading cards load their images eagerly (those above the fold). */
  eagerCount?: number;
  className?: string;
};

export function ProductGrid({ products, shop, eagerCount = 0, className = "" }: ProductGridProps) {
  return (
    <ul role="list" className={`grid grid-cols-2 gap-x-4 gap-y-8 sm:gap-x-6 md:grid-cols-3 lg:grid-cols-4 lg:gap-y-10 ${className}`}>
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <ProductCard
            product={product}
            href={shop.href(`/products/${encodeURIComponent(product.slug)}`)}
            currency={shop.currency}
            locale={shop.locale}
            eager={index < eagerCount}
          />
        </li>
      ))}
    </ul>
  );
}
