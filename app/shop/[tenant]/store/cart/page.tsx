import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { CartLines, type CartLine } from "@/components/cart/cart-lines";
import { CartUnitsAnnouncer } from "@/components/cart/header-cart-link";
import { EmptyState } from "@/components/empty-state";
import { FormAlert } from "@/components/form-alert";
import { appliedCodesCookie, parseAppliedCodes } from "@/lib/cart/applied-codes-cookie";
import { checkAppliedCodes } from "@/lib/cart/check-applied-codes";
import { getCart } from "@/lib/cart/get-cart";
import type { CartItemView } from "@/lib/cart/schemas";
import { readCartSessionId } from "@/lib/cart/shop-cart-session";
import { variantLabel } from "@/lib/cart/variant-label";
import { resolveShop, type Shop } from "@/lib/sites/resolve-shop";
import { param, type SearchParams } from "../_lib/listing-params";
import { updateCartLine } from "./actions";
import { CartSummary } from "./cart-summary";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

export default async function CartPage({ params, searchParams }: Props) {
  const { tenant } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const jar = await cookies();
  const sessionId = await readCartSessionId();
  const cart = sessionId ? await getCart(shop.siteId, sessionId) : { items: [], subtotal: 0 };
  const recovered = param(await searchParams, "recovered") === "1";

  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 lg:px-8">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Your cart</h1>
      <CartUnitsAnnouncer units={cart.items.reduce((units, item) => units + item.quantity, 0)} />
      {recovered && cart.items.length > 0 && (
        <div className="mt-6 max-w-2xl">
          <FormAlert tone="success">Welcome back! Your cart is just as you left it.</FormAlert>
        </div>
      )}
      {cart.items.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="Your cart is empty" action={{ label: "Start shopping", href: shop.href() }}>
            {recovered ? "The items you left are no longer available." : "Find something you love and add it here."}
          </EmptyState>
        </div>
      ) : (
        <CartLines
          lines={cart.items.map((item) => toCartLine(shop, item))}
          currency={shop.currency}
          locale={shop.locale}
          update={updateCartLine.bind(null, tenant)}
        >
          <CartSummary
            shop={shop}
            tenant={tenant}
            subtotal={cart.subtotal}
            codes={await checkAppliedCodes(shop, parseAppliedCodes(jar.get(appliedCodesCookie(shop.siteId))?.value), cart.subtotal)}
          />
        </CartLines>
      )}
    </div>
  );
}

function toCartLine(shop: Shop, item: CartItemView): CartLine {
  const productPath = shop.href(`/products/${encodeURIComponent(item.productSlug)}`);
  return {
    id: item.id,
    name: item.productName,
    href: item.variantId ? `${productPath}?variant=${item.variantId}` : productPath,
    variant: variantLabel(item.productName, item.variantName),
    design: item.design?.name ?? null,
    image: item.design?.thumbnailUrl ?? item.image,
    unitPrice: item.unitPrice,
    quantity: item.quantity,
    lineTotal: item.lineTotal,
  };
}
