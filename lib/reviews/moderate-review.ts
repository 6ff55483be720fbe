import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";

export type ModerationDecision = "approved" | "rejected";

/**
 * The merchant's decision on a review of their site: approved shows it on the product (and counts
 * it in the rating), rejected hides it. A decision can be changed later; the customer always sees
 * their review and its status in My Account.
 */
export async function moderateReview(siteId: number, reviewId: number, decision: ModerationDecision) {
  if (decision !== "approved" && decision !== "rejected") throw new ApiError("validation_error", "decision must be approved or rejected");
  const { count } = await db().productReview.updateMany({ where: { id: reviewId, siteId }, data: { status: decision, moderatedAt: new Date() } });
  if (count === 0) throw notFound("Review not found");
  return { id: reviewId, status: decision };
}

/** Reviews of a site waiting for moderation, oldest first: the merchant's queue. */
export async function listPendingReviews(siteId: number) {
  const rows = await db().productReview.findMany({
    where: { siteId, status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, rating: true, title: true, body: true, createdAt: true, product: { select: { slug: true } }, customer: { select: { email: true } } },
  });
  return rows.map((r) => ({ id: r.id, product: r.product.slug, customer: r.customer.email, rating: r.rating, title: r.title, body: r.body, createdAt: r.createdAt.toISOString() }));
}
