import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { RECOVERED_CART_COOKIE } from "@/lib/cart/recovered-cart-cookie";
import { resolveShop } from "@/lib/sites/resolve-shop";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

// A recovery link from an abandoned-cart e-mail lands here with the cart's session id in a cookie;
// a page cannot set cookies, so the restore route adopts it and comes back. The check lives in this
// layout, outside the loading.tsx boundary, so the redirect is a real HTTP redirect rather than
// one issued after a skeleton has streamed.
export default async function CartLayout({ children, params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  if ((await cookies()).has(RECOVERED_CART_COOKIE)) redirect(shop.href("/cart/restore"));
  return children;
}
