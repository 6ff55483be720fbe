import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/mailer";
import { backInStockEmail } from "@/lib/email/templates/back-in-stock";
import { logError } from "@/lib/logging/log-error";

type Claimed = { id: number; email: string; variantId: number };

/**
 * Mails every alert whose variant has stock again, whatever raised it (released holds, a
 * cancellation, a restock): the sweep looks at stock, not at the writes that changed it. Each
 * alert is claimed by one UPDATE ... WHERE "notifiedAt" IS NULL, so of two concurrent sweeps
 * only one claims (and mails) it; the mail goes out after the claim commits. A failed send gives
 * the claim back for the next sweep.
 */
export async function sendBackInStockAlerts({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}) {
  const claimed = await db().$queryRaw<Claimed[]>`
    UPDATE "BackInStockAlert" a SET "notifiedAt" = ${now}, "updatedAt" = ${now}
    FROM "ProductVariant" v, "Product" p
    WHERE a."variantId" = v.id AND p.id = v."productId" AND a."notifiedAt" IS NULL
      AND v.active AND v.inventory > 0 AND p.status = 'active'
      AND a.id IN (SELECT id FROM "BackInStockAlert" WHERE "notifiedAt" IS NULL ORDER BY id LIMIT ${limit})
    RETURNING a.id, a.email, a."variantId"`;
  let emailed = 0;
  let emailFailed = 0;
  for (const alert of claimed) {
    try {
      await mail(alert);
      emailed++;
    } catch (error) {
      emailFailed++;
      logError("[back-in-stock] sending an alert failed; it stays due", error);
      await db().backInStockAlert.updateMany({ where: { id: alert.id, notifiedAt: now }, data: { notifiedAt: null } });
    }
  }
  return { emailed, emailFailed };
}

async function mail(alert: Claimed) {
  const variant = await db().productVariant.findUniqueOrThrow({
    where: { id: alert.variantId },
    select: {
      name: true,
      product: { select: { name: true, slug: true, site: { select: { store: { select: { name: true, currency: true, locale: true, baseUrl: true, supportEmail: true, emailFrom: true } } } } } },
    },
  });
  const store = variant.product.site.store;
  if (!store) return;
  const productUrl = `${store.baseUrl.replace(/\/$/, "")}/store/products/${encodeURIComponent(variant.product.slug)}`;
  const email = backInStockEmail({ store, productName: variant.product.name, variantName: variant.name, productUrl });
  await sendEmail({ to: alert.email, ...email, from: store.emailFrom ?? undefined, replyTo: store.supportEmail ?? undefined, tag: "back-in-stock" });
}
