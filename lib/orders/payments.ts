import { z } from "zod";
import { db } from "@/lib/db";
import { cents, timestamp } from "@/lib/api/schemas";

export const PAYMENT_ATTEMPT_STATUSES = ["pending", "processing", "succeeded", "failed", "canceled"] as const;

export const paymentAttemptSchema = z
  .object({
    id: z.number().int(),
    mode: z.enum(["stripe", "demo", "gift_certificate"]),
    amount: cents("Amount of this attempt"),
    currency: z.string(),
    status: z.enum(PAYMENT_ATTEMPT_STATUSES).meta({ description: "pending: waiting for the shopper (Stripe's requires_* states)" }),
    failureMessage: z.string().nullable().meta({ description: "Why the provider declined, for a failed attempt" }),
    createdAt: timestamp,
    updatedAt: timestamp.meta({ description: "When the attempt last changed (succeeded or failed)" }),
  })
  .meta({ id: "OrderPayment" });

export type PaymentAttempt = z.infer<typeof paymentAttemptSchema>;

// Stripe's PaymentIntent states read as the attempt's outcome.
function attemptStatus(status: string): PaymentAttempt["status"] {
  if (status === "succeeded" || status === "failed" || status === "processing") return status;
  if (status === "canceled" || status === "voided") return "canceled";
  return "pending";
}

/** Every payment attempt of an order, failed ones included, oldest first. */
export async function listPaymentAttempts(orderId: number): Promise<PaymentAttempt[]> {
  const rows = await db().payment.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, mode: true, amount: true, currency: true, status: true, failureMessage: true, createdAt: true, updatedAt: true },
  });
  return rows.map((row) => ({ ...row, status: attemptStatus(row.status), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }));
}
