import { db } from "@/lib/db";
import { ownOrdersWhere } from "@/lib/account/orders";
import { assetUrl } from "@/lib/assets/asset-url";
import { customerReviewSelect, toCustomerReview } from "./review-views";

// Enough delivered lines to find every product a customer could review, without reading a whole
// history: a product bought again appears once, from its latest delivery.
const READY_LINES_SCANNED = 500;

/**
 * GET /account/reviews: the customer's reviews in any status, newest first, and the products of
 * their delivered orders (still on sale) that they have not reviewed yet.
 */
export async function listAccountReviews(siteId: number, customerId: number, origin = "") {
  const [rows, lines] = await Promise.all([
    db().productReview.findMany({ where: { siteId, customerId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: customerReviewSelect }),
    db().orderItem.findMany({
      where: {
        order: { ...(await ownOrdersWhere(siteId, customerId)), status: "delivered" },
        product: { status: "active", reviews: { none: { customerId } } },
      },
      orderBy: [{ order: { deliveredAt: "desc" } }, { id: "desc" }],
      take: READY_LINES_SCANNED,
      select: {
        order: { select: { orderNumber: true, deliveredAt: true } },
        product: { select: { id: true, name: true, slug: true, images: { select: { url: true }, orderBy: [{ order: "asc" }, { id: "asc" }], take: 1 } } },
      },
    }),
  ]);
  const ready = new Map<number, { productId: number; productName: string; productSlug: string; image: string | null; orderNumber: string; deliveredAt: string | null }>();
  for (const { order, product } of lines) {
    if (!product || ready.has(product.id)) continue;
    ready.set(product.id, {
      productId: product.id,
      productName: product.name,
      productSlug: product.slug,
      image: assetUrl(origin, product.images[0]?.url ?? null),
      orderNumber: order.orderNumber,
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
    });
  }
  return { reviews: rows.map(toCustomerReview), readyForReview: [...ready.values()] };
}
