import { ApiError, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";

/**
 * Where an order may go from each status. paid and processing are both "payment confirmed":
 * a store that prepares orders marks them processing, one that ships at once goes paid → shipped.
 * cancelled and refunded are final.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  pending: ["paid", "processing", "cancelled"],
  paid: ["processing", "shipped", "cancelled", "refunded"],
  processing: ["shipped", "cancelled", "refunded"],
  shipped: ["delivered", "refunded"],
  delivered: ["refunded"],
  cancelled: [],
  refunded: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus) => ORDER_TRANSITIONS[from].includes(to);

type Client = Db | Prisma.TransactionClient;

export type TransitionInput = {
  orderId: number;
  to: OrderStatus;
  /** Who made the change: system, customer, merchant, webhook... */
  actor: string;
  note?: string | null;
  now?: Date;
};

export type Transition = { orderId: number; from: OrderStatus; to: OrderStatus; at: Date };

/**
 * Moves an order to `to` if the lifecycle allows it from the status it has now (409 conflict
 * otherwise, 404 for an unknown order). The UPDATE is conditional on that status, so of two
 * racing moves only one applies. Stamps the time the new status stands for and records the
 * change, who made it and why, in the status history.
 *
 * Pass the caller's transaction to make the move part of its work; given the app's client, the
 * move and its history row get a transaction of their own. Only the status moves: payment state,
 * stock and refunds belong to their own paths (markOrderPaid, releaseOrderHolds).
 */
export async function transitionOrder(client: Client, input: TransitionInput): Promise<Transition> {
  if ("$transaction" in client) return client.$transaction((tx) => move(tx, input));
  return move(client, input);
}

async function move(tx: Prisma.TransactionClient, { orderId, to, actor, note = null, now = new Date() }: TransitionInput): Promise<Transition> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!order) throw notFound("Order not found");
  const from = order.status;
  if (!canMove(from, to)) throw new ApiError("conflict", `An order that is ${from} cannot become ${to}`);

  const moved = await tx.order.updateMany({ where: { id: orderId, status: from }, data: { status: to, ...stampsFor(to, now, note) } });
  if (moved.count === 0) throw new ApiError("conflict", "The order's status changed meanwhile; reload it and try again");

  await tx.orderStatusHistory.create({ data: { orderId, fromStatus: from, toStatus: to, actor, note, createdAt: now } });
  return { orderId, from, to, at: now };
}

// The lifecycle never re-enters a status, so each stamp is written once. paidAt is not here: it
// goes with paymentStatus, which markOrderPaid sets when the money is in.
function stampsFor(to: OrderStatus, now: Date, note: string | null): Prisma.OrderUpdateManyMutationInput {
  switch (to) {
    case "shipped":
      return { shippedAt: now };
    case "delivered":
      return { deliveredAt: now };
    case "cancelled":
      return { cancelledAt: now, cancelReason: note };
    default:
      return {};
  }
}
