import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { completeDemoPayment } from "@/lib/checkout/confirm-payment";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/email/mailer";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "@/tests/support/checkout-fixtures";
import { sendPendingConfirmations } from "./send-pending-confirmations";

// The sweep covers every site of the database other test files share, so this test backdates
// orders of its own and checks their mail rather than the run's totals.

const MINUTE = 60_000;

it("mails paid orders whose confirmation was never sent, once, and leaves recent, old, sent and unpaid ones alone", async () => {
  const shop = await createCheckoutStore({ stripe: false });
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 10 } });
  const place = async ({ paidMinutesAgo, sent = false }: { paidMinutesAgo: number | null; sent?: boolean }) => {
    const customerEmail = `confirm-${randomUUID()}@example.com`;
    const { body } = await postCheckout(shop.siteId, checkoutBody(await cartWith(shop.siteId, shop.product.id, 1), { customerEmail }));
    const { orderId, orderNumber, clientSecret } = body.data as { orderId: number; orderNumber: string; clientSecret: string };
    if (paidMinutesAgo !== null) {
      // The domain call, not the route: the route would send the confirmation after its answer.
      await completeDemoPayment(shop.siteId, { orderNumber, paymentIntentId: clientSecret.split("_secret_")[0], outcome: "succeeded" });
      await db().order.update({ where: { id: orderId }, data: { paidAt: new Date(Date.now() - paidMinutesAgo * MINUTE), confirmationSentAt: sent ? new Date() : null } });
    }
    return customerEmail;
  };
  const lost = await place({ paidMinutesAgo: 30 });
  const justPaid = await place({ paidMinutesAgo: 2 });
  const longAgo = await place({ paidMinutesAgo: 2 * 24 * 60 });
  const alreadySent = await place({ paidMinutesAgo: 30, sent: true });
  const unpaid = await place({ paidMinutesAgo: null });

  // Two runs at once (two cron invocations overlapping): still one mail.
  await Promise.all([sendPendingConfirmations(), sendPendingConfirmations()]);
  const mailed = (await listOutbox({ limit: 500 })).filter((m) => m.tag === "order-confirmation");
  const mailsTo = (email: string) => mailed.filter((m) => m.to === email).length;
  expect(mailsTo(lost)).toBe(1);
  for (const email of [justPaid, longAgo, alreadySent, unpaid]) expect(mailsTo(email), email).toBe(0);
  expect((await db().order.findFirstOrThrow({ where: { customerEmail: lost } })).confirmationSentAt).toBeInstanceOf(Date);
});
