import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/mailer";
import { abandonedCartEmail } from "@/lib/email/templates/abandoned-cart";
import { getCart } from "./get-cart";
import { issueRecoveryToken } from "./recover-cart";

export type AbandonCartsOptions = { now?: Date; afterHours?: number; limit?: number };
export type AbandonCartsCounts = { abandoned: number; emailed: number; emailFailed: number; expired: number };

/**
 * The scheduled sweep of carts, across all sites. Carts past their expiry become expired; active
 * carts with items and an email, idle for ABANDONED_CART_AFTER_HOURS, become abandoned and get
 * one recovery e-mail. Each cart is claimed by one conditional UPDATE, so of concurrent sweeps
 * exactly one claims it and mails it; the mail goes out after that write commits. A cart whose
 * mail fails stays abandoned without a retry: at most one e-mail per abandonment.
 */
export async function abandonDormantCarts({ now = new Date(), afterHours = env.ABANDONED_CART_AFTER_HOURS, limit = 200 }: AbandonCartsOptions = {}): Promise<AbandonCartsCounts> {
  const counts = { abandoned: 0, emailed: 0, emailFailed: 0, expired: await expireCarts(now) };
  const idleSince = new Date(now.getTime() - afterHours * 60 * 60 * 1000);
  const dormant = { status: "active", email: { not: null }, lastActivityAt: { lte: idleSince }, expiresAt: { gt: now }, items: { some: {} } } as const;
  const candidates = await db().cart.findMany({ where: dormant, select: { id: true }, orderBy: { lastActivityAt: "asc" }, take: limit });
  for (const { id } of candidates) {
    // The conditions again in the UPDATE: a concurrent sweep or a returning shopper may have come first.
    const claimed = await db().cart.updateMany({ where: { id, ...dormant }, data: { status: "abandoned", abandonedAt: now } });
    if (claimed.count === 0) continue;
    counts.abandoned++;
    try {
      if (await emailRecoveryLink(id, now)) counts.emailed++;
    } catch (error) {
      counts.emailFailed++;
      console.error("[abandoned-carts] recovery e-mail failed", { cartId: id, error: (error as Error).message });
    }
  }
  return counts;
}

/** Marks carts past their expiry expired; their recovery links die with them (a dead cart is not revived). */
async function expireCarts(now: Date): Promise<number> {
  const { count } = await db().cart.updateMany({
    where: { status: { in: ["active", "abandoned"] }, expiresAt: { lte: now } },
    data: { status: "expired", recoveryTokenHash: null, recoveryTokenExpiresAt: null },
  });
  return count;
}

/** Mails a claimed cart's lines with a fresh recovery link; false when nothing in it is on sale any more. */
async function emailRecoveryLink(cartId: number, now: Date): Promise<boolean> {
  const cart = await db().cart.findUniqueOrThrow({
    where: { id: cartId },
    select: {
      siteId: true,
      sessionId: true,
      email: true,
      customer: { select: { firstName: true } },
      site: { select: { store: { select: { name: true, currency: true, locale: true, baseUrl: true, supportEmail: true, emailFrom: true, enabled: true } } } },
    },
  });
  const store = cart.site.store;
  if (!store?.enabled || !cart.email) return false;
  // The link must reach our API's GET /cart/recover, which spends the token and redirects to the
  // shop's cart page. A store's baseUrl is its shop front, which may be hosted elsewhere (a
  // headless storefront) without our API; APP_URL is where this deployment serves the API. Only
  // when it is unset do we assume the shop and the API share the baseUrl's origin.
  const apiOrigin = env.APP_URL ? new URL(env.APP_URL).origin : new URL(store.baseUrl).origin;
  // Product images are our stored assets, served from the same origin as the API.
  const contents = await getCart(cart.siteId, cart.sessionId, apiOrigin);
  if (contents.items.length === 0) return false;
  const token = await issueRecoveryToken(cartId, now);
  const recoveryUrl = `${apiOrigin}/api/storefront/${cart.siteId}/cart/recover?token=${encodeURIComponent(token)}`;
  const email = abandonedCartEmail({ store, customerName: cart.customer?.firstName, items: contents.items, subtotal: contents.subtotal, recoveryUrl });
  await sendEmail({ to: cart.email, ...email, from: store.emailFrom ?? undefined, replyTo: store.supportEmail ?? undefined, tag: "abandoned-cart" });
  return true;
}
