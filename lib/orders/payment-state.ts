import type { PaymentStatus } from "@/lib/generated/prisma/client";

/**
 * Payment statuses of an order whose money was taken: refunds move a paid order to
 * partially_refunded or refunded, and it must stay out of every "unpaid order" path (holds
 * released, a late failure recorded, an unpaid cancel).
 */
export const MONEY_TAKEN = ["paid", "partially_refunded", "refunded"] as const satisfies readonly PaymentStatus[];

export const moneyTaken = (status: PaymentStatus) => (MONEY_TAKEN as readonly string[]).includes(status);

/** Payment attempt statuses that are final; any other (requires_payment_method, processing...) is still open. */
export const SETTLED_ATTEMPT_STATUSES = ["succeeded", "failed", "canceled"] as const;
