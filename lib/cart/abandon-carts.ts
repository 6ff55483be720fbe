import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/mailer";
import { abandonedCartEmail } from "@/lib/email/templates/abandoned-cart";
import { getCart } from "./get-cart";
import { issueRecoveryToken } from "./recover-cart";

type AbandonOptions = { now?: Date; afterHours?: number; limit?: number };

/**
 * The scheduled sweep of carts: carts past their 7 days become expired; carts with items and an
 * email that have been idle for ABANDONED_CART_AFTER_HOURS become abandoned and get one recovery
 * e-mail. Each cart is claimed by a conditional UPDATE, so concurrent sweeps never mail it twice;
 * mail goes out after the claim commits, and a failed send is logged and counted.
 */
export async function abandonDormantCarts({ now = new Date(), afterHours = env.ABANDONED_CART_AFTER_HOURS, limit = 200 }: AbandonOptions = {}) {
  const expired = await db().cart.updateMany({
    where: { status: { in: ["active", "abandoned"] }, expiresAt: { lte: now } },
    data: { status: "expired", recoveryTokenHash: null, recoveryTokenExpiresAt: null },
  });
  const idleSince = new Date(now.getTime() - afterHours * 60 * 60 * 1000);
  const candidates = await db().cart.findMany({
    where: { status: "active", email: { not: null }, lastActivityAt: { lte: idleSince }, expiresAt: { gt: now }, items: { some: {} } },
    select: { id: true },
    orderBy: { lastActivityAt: "asc" },
    take: limit,
  });
  let abandoned = 0;
  let emailed = 0;
  let failed = 0;
  for (const { id } of candidates) {
    const claimed = await db().cart.updateMany({ where: { id, status: "active", lastActivityAt: { lte: idleSince } }, data: { status: "abandoned", abandonedAt: now } });
    if (claimed.count === 0) continue;
    abandoned++;
    try {
      await emailRecoveryLink(id, now);
      emailed++;
    } catch (error) {
      failed++;
      console.error("[abandoned-carts] recovery e-mail failed", { cartId: id, error: (error as Error).message });
    }
  }
  return { expired: expired.count, abandoned, emailed, failed };
}

async function emailRecoveryLink(cartId: number, now: Date) {
  const cart = await db().cart.findUniqueOrThrow({
    where: { id: cartId },
    select: { siteId: true, sessionId: true, email: true, customer: { select: { firstName: true } }, site: { select: { store: { select: { name: true, currency: true, locale: true, baseUrl: true, supportEmail: true, emailFrom: true } } } } },
  });
  const store = cart.site.store!;
  const contents = await getCart(cart.siteId, cart.sessionId, new URL(store.baseUrl).origin);
  if (contents.items.length === 0) return;
  const token = await issueRecoveryToken(cartId, now);
  // The link is our API's recover route, which redirects to the shop's cart. APP_URL is where this
  // API is served; without it the store's own origin serves both (our shop and API share a host).
  const apiOrigin = env.APP_URL ?? new URL(store.baseUrl).origin;
  const recoveryUrl = `${apiOrigin}/api/storefront/${cart.siteId}/cart/recover?token=${encodeURIComponent(token)}`;
  const email = abandonedCartEmail({ store, customerName: cart.customer?.firstName, items: contents.items, subtotal: contents.subtotal, recoveryUrl });
  await sendEmail({ to: cart.email!, ...email, from: store.emailFrom ?? undefined, tag: "abandoned-cart" });
}
