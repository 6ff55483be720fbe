import { CANCELLABLE_STATUSES } from "@/lib/account/cancel-order";

// Which actions an order's page offers its customer.

// The domain checks again; this only decides whether the page offers the form.
export const canCancel = (status: string) => (CANCELLABLE_STATUSES as readonly string[]).includes(status);

/** Only a delivered order can be returned (lib/account/returns.ts). */
export const canReturn = (status: string) => status === "delivered";
