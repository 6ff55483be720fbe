import { assignOrderNumber, provisionalOrderNumber } from "@/lib/orders/next-order-number";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import { takeStockAsAvailable } from "@/lib/checkout/holds";

export type PaidInvoice = { id: string; amountPaid: number; currency: string };

/**
 * The paid order of one subscription invoice: its product at the subscription's plan and
 * quantity, paid by Stripe, shipped to the customer's default address, its units taken out of
 * stock in the same transaction. One order per invoice, however often or concurrently the
 * invoice's events arrive (the invoice id is unique on Order). The customer has paid, so a
 * shortfall does not stop the order: stock stays at zero and the order's history says how many
 * units are backordered. Answers the new order's id, or null when the invoice has its order already.
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
        },
        select: { id: true },
      });
      // Taken after the insert, as checkout does, so a concurrent delivery of the invoice fails on
      // its unique id before touching stock. Paid already, the order stands even when stock is short.
      const short = await takeStockAsAvailable(tx, [{ productId: plan.productId, variantId: null, quantity }]);
      const backordered = short.map((line) => `; backordered: ${line.missing} of ${line.quantity} × ${plan.product.name} (not in stock)`).join("");
      await tx.orderStatusHistory.create({ data: { orderId: order.id, toStatus: "paid", actor: "webhook", note: `Subscription invoice ${invoice.id} paid${backordered}` } });
      await assignOrderNumber(tx, siteId, order.id);
      return order.id;
    });
  } catch (error) {
    // A concurrent delivery of the same invoice made its order first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}
