import { redirect } from "next/navigation";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import type { Shop } from "@/lib/sites/resolve-shop";

/** The signed-in customer of this shop, or a redirect to sign in and come back to `returnPath`. */
export async function requireMember(shop: Shop, returnPath: string) {
  const session = await currentShopCustomer(shop.siteId);
  if (!session) redirect(shop.href(`/account/sign-in?next=${encodeURIComponent(shop.href(returnPath))}`));
  return session;
}

/** A return path from the query: only a path on this shop, never another site or host. */
export function safeReturnPath(shop: Shop, raw: string | string[] | undefined): string {
  const fallback = shop.href("/account");
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  return raw.startsWith(shop.href()) ? raw : fallback;
}
