import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { ownOrdersWhere } from "@/lib/account/orders";
import { Prisma, type OrderStatus } from "@/lib/generated/prisma/client";
import { toCustomerReview, customerReviewSelect } from "./review-views";
import type { CreateReviewInput } from "./schemas";

// Payment confirmed and not given back: paid and processing are both "paid" in the lifecycle.
const PURCHASED_STATUSES: OrderStatus[] = ["paid", "processing", "shipped", "delivered"];

/**
 * POST /products/{slug}/reviews: a customer who bought the product reviews it, once. The review
 * waits for moderation unless the store approves new reviews automatically. The unique index on
 * (product, customer) decides between two concurrent submissions, so the loser gets a 409.
 */
export async function createReview(siteId: number, customerId: number, slug: string, input: CreateReviewInput) {
  const product = await db().product.findUnique({ where: { siteId_slug: { siteId, slug }, status: "active" }, select: { id: true } });
  if (!product) throw notFound("Product not found");
  if (!(await hasBought(siteId, customerId, product.id))) throw new ApiError("forbidden", "Only customers who bought this product can review it");
  const { reviewsAutoApprove } = await db().store.findUniqueOrThrow({ where: { siteId }, select: { reviewsAutoApprove: true } });
  try {
    const review = await db().productReview.create({
      data: {
        siteId,
        productId: product.id,
        customerId,
        ...input,
        ...(reviewsAutoApprove ? { status: "approved", moderatedAt: new Date() } : {}),
      },
      select: customerReviewSelect,
    });
    return toCustomerReview(review);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ApiError("conflict", "You have already reviewed this product");
    }
    throw error;
  }
}

async function hasBought(siteId: number, customerId: number, productId: number): Promise<boolean> {
  const line = await db().orderItem.findFirst({
    where: { productId, order: { ...(await ownOrdersWhere(siteId, customerId)), status: { in: PURCHASED_STATUSES } } },
    select: { id: true },
  });
  return line !== null;
}
