import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/mailer";
import { orderConfirmationEmail } from "@/lib/email/templates/order-confirmation";

/**
 * Sends a paid order's confirmation, at most once: confirmationSentAt is claimed by one UPDATE
 * before sending, and given back if the mail could not be sent so a later call can retry. The
 * message is built before the claim, so that once claimed only the mail itself can fail: a
 * database gone between claim and send would leave the order claimed and never mailed.
 * Runs after the response (after()), never inside a transaction.
 */
export async function sendOrderConfirmation(orderId: number): Promise<"sent" | "already_sent" | "failed"> {
  const message = await orderConfirmationMessage(orderId);
  const claimed = await db().order.updateMany({ where: { id: orderId, paymentStatus: "paid", confirmationSentAt: null }, data: { confirmationSentAt: new Date() } });
  if (claimed.count === 0) return "already_sent";
  try {
    await sendEmail(message);
    return "sent";
  } catch (error) {
    console.error("[orders] confirmation email failed", { orderId, error: (error as Error).message });
    await db().order.update({ where: { id: orderId }, data: { confirmationSentAt: null } });
    return "failed";
  }
}

/** Mails the order's confirmation to the address it was placed with; throws when the mail cannot be sent. */
export async function mailOrderConfirmation(orderId: number): Promise<void> {
  await sendEmail(await orderConfirmationMessage(orderId));
}

async function orderConfirmationMessage(orderId: number) {
  const order = await db().order.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      items: { orderBy: { id: "asc" } },
      site: { select: { store: { select: { name: true, currency: true, locale: true, baseUrl: true, supportEmail: true, emailFrom: true } } } },
    },
  });
  const store = order.site.store!;
  const email = orderConfirmationEmail({ store, order });
  return { to: order.customerEmail, ...email, from: store.emailFrom ?? undefined, replyTo: store.supportEmail ?? undefined, tag: "order-confirmation" };
}
