import { assignOrderNumber, provisionalOrderNumber } from "@/lib/orders/next-order-number";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { Prisma } from "@/lib/generated/prisma/client";

export type PaidInvoice = { id: string; amountPaid: number; currency: string };

/**
 * The paid order of one subscription invoice: its product at the subscription's plan and
 * quantity, paid by Stripe, shipped to the customer's default address. One order per invoice,
 * however often or concurrently the invoice's events arrive (the invoice id is unique on Order).
 * Answers the new order's id, or null when the invoice has its order already.
 */
export async function createRenewalOrder(siteId: number, subscriptionId: number, invoice: PaidInvoice): Promise<number | null> {
  if (await db().order.findUnique({ where: { stripeInvoiceId: invoice.id }, select: { id: true } })) return null;
  const subscription = await db().subscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: {
      quantity: true,
      plan: { select: { name: true, productId: true, product: { select: { name: true, sku: true } } } },
      customer: { select: { id: true, email: true, firstName: true, lastName: true, defaultShippingAddress: true } },
    },
  });
  const { customer, plan, quantity } = subscription;
  const now = new Date();
  try {
    return await runTransaction(async (tx) => {
      const order = await tx.order.create({
        data: {
          siteId,
          orderNumber: provisionalOrderNumber(),
          customerId: customer.id,
          customerEmail: customer.email,
          customerName: [customer.firstName, customer.lastName].filter(Boolean).join(" ") || customer.email,
          shippingAddress: (customer.defaultShippingAddress ?? undefined) as Prisma.InputJsonValue | undefined,
          status: "paid",
          paymentStatus: "paid",
          paymentMode: "stripe",
          paidAt: now,
          currency: invoice.currency.toUpperCase(),
          subtotal: invoice.amountPaid,
          total: invoice.amountPaid,
          subscriptionId,
          stripeInvoiceId: invoice.id,
          items: {
            create: {
              productId: plan.productId,
              productName: plan.product.name,
              variantName: plan.name,
              sku: plan.product.sku,
              unitPrice: Math.round(invoice.amountPaid / quantity),
              quantity,
              total: invoice.amountPaid,
            },
          },
          payments: { create: { mode: "stripe", providerPaymentId: invoice.id, amount: invoice.amountPaid, currency: invoice.currency.toUpperCase(), status: "succeeded" } },
          statusHistory: { create: { toStatus: "paid", actor: "webhook", note: `Subscription invoice ${invoice.id} paid` } },
        },
        select: { id: true },
      });
      await assignOrderNumber(tx, siteId, order.id);
      return order.id;
    });
  } catch (error) {
    // A concurrent delivery of the same invoice made its order first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}
