import { notFound, redirect } from "next/navigation";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { resolveShop, type Shop } from "@/lib/sites/resolve-shop";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";

/** Why the sign-in page was shown instead: a notice it reads from ?notice=. */
export type SignInNotice = "session-ended" | "password-reset";

const signInPath = (shop: Shop, returnPath: string, notice?: SignInNotice) =>
  shop.href(`/account/sign-in?next=${encodeURIComponent(shop.href(returnPath))}${notice ? `&notice=${notice}` : ""}`);

/** The signed-in customer of this shop, or a redirect to sign in and come back to `returnPath`. */
export async function requireMember(shop: Shop, returnPath: string) {
  const session = await currentShopCustomer(shop.siteId);
  if (!session) redirect(signInPath(shop, returnPath));
  return session;
}

/** A My Account page: its shop (404 without one) and the signed-in customer (else sign in first). */
export async function memberPage(tenant: string, returnPath: string) {
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const session = await requireMember(shop, returnPath);
  return { shop, ...session };
}

/**
 * The customer a server action acts for, re-read from the session cookie on every call: the
 * bound siteId only picks the shop, and a session is good only on its own site, so no form
 * field can make an action act for someone else. A session that ended meanwhile (signed out
 * elsewhere, password reset) sends the browser to sign in with a notice saying so.
 */
export async function actingMember(siteId: unknown, returnPath = "/account") {
  const shop = await shopFromAction(siteId);
  const session = await currentShopCustomer(shop.siteId);
  if (!session) redirect(signInPath(shop, returnPath, "session-ended"));
  return { shop, ...session };
}

/** A return path from the query: only a path on this shop, never another site or host. */
export function safeReturnPath(shop: Shop, raw: string | string[] | undefined): string {
  const fallback = shop.href("/account");
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  return raw.startsWith(shop.href()) ? raw : fallback;
}
