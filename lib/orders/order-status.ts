import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";

/** Where an order may go from each status; cancelled and refunded are final. */
export const ORDER_TRANSITIONS: Record<OrderStatus, OrderStatus[]> = {
  pending: ["paid", "processing", "cancelled"],
  paid: ["processing", "shipped", "cancelled", "refunded"],
  processing: ["shipped", "cancelled", "refunded"],
  shipped: ["delivered", "refunded"],
  delivered: ["refunded"],
  cancelled: [],
  refunded: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus) => ORDER_TRANSITIONS[from].includes(to);

const STAMPS: Partial<Record<OrderStatus, "paidAt" | "shippedAt" | "deliveredAt" | "cancelledAt">> = {
  paid: "paidAt",
  shipped: "shippedAt",
  delivered: "deliveredAt",
  cancelled: "cancelledAt",
};

/**
 * Moves an order to a new status if the lifecycle allows it from the status it has now: the
 * UPDATE is conditional on that status, so two racing moves cannot both apply. Stamps the time
 * the status stands for and records the change, with who made it, in the status history.
 */
export async function transitionOrder(input: { orderId: number; to: OrderStatus; actor: string; note?: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db().$transaction(async (tx) => {
    const current = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { status: true } });
    if (!canMove(current.status, input.to)) {
      throw new ApiError("conflict", `An order that is ${current.status} cannot become ${input.to}`);
    }
    const stamp = STAMPS[input.to];
    const moved = await tx.order.updateMany({
      where: { id: input.orderId, status: current.status },
      data: { status: input.to, ...(stamp ? { [stamp]: now } : {}) },
    });
    if (moved.count === 0) throw new ApiError("conflict", "The order changed meanwhile; try again");
    await tx.orderStatusHistory.create({
      data: { orderId: input.orderId, fromStatus: current.status, toStatus: input.to, actor: input.actor, note: input.note, createdAt: now },
    });
  });
}
