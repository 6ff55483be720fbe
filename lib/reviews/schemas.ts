import { z } from "zod";
import { positiveIntQuery, timestamp } from "@/lib/api/schemas";

export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 5000;
export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const;

const ratingError = "rating must be a whole number from 1 to 5";

export const createReviewSchema = z.object({
  rating: z.number({ error: ratingError }).int({ error: ratingError }).min(1, { error: ratingError }).max(5, { error: ratingError }),
  title: z
    .string({ error: "title is required" })
    .trim()
    .min(1, { error: "title is required" })
    .max(REVIEW_TITLE_MAX, { error: `title must be at most ${REVIEW_TITLE_MAX} characters` }),
  body: z
    .string({ error: "body is required" })
    .trim()
    .min(1, { error: "body is required" })
    .max(REVIEW_BODY_MAX, { error: `body must be at most ${REVIEW_BODY_MAX} characters` }),
});

export type CreateReviewInput = z.output<typeof createReviewSchema>;

export const productReviewsQuerySchema = z.object({
  page: positiveIntQuery(1),
  limit: positiveIntQuery(10).transform((n) => Math.min(n, 50)),
});

export const productRatingSchema = z
  .object({
    average: z.number().nullable().meta({ description: "Mean of the approved reviews' ratings, to one decimal; null without reviews" }),
    count: z.number().int().meta({ description: "Approved reviews" }),
  })
  .meta({ id: "ProductRating" });

export type ProductRating = z.infer<typeof productRatingSchema>;

export const publicReviewSchema = z
  .object({
    id: z.number().int(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    authorName: z.string().meta({ description: "The reviewer's first name and last initial, or \"A customer\"" }),
    createdAt: timestamp,
  })
  .meta({ id: "ProductReview" });

export const customerReviewSchema = z
  .object({
    id: z.number().int(),
    product: z.object({ id: z.number().int(), name: z.string(), slug: z.string() }),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    status: z.enum(REVIEW_STATUSES).meta({ description: "pending until the merchant moderates it; only approved reviews are shown on the product" }),
    createdAt: timestamp,
  })
  .meta({ id: "CustomerReview" });

export const readyForReviewSchema = z
  .object({
    productId: z.number().int(),
    productName: z.string(),
    productSlug: z.string(),
    image: z.string().nullable(),
    orderNumber: z.string().meta({ description: "The latest delivered order that contained the product" }),
    deliveredAt: timestamp.nullable(),
  })
  .meta({ id: "ReadyForReview" });

export const accountReviewsSchema = z
  .object({ reviews: z.array(customerReviewSchema), readyForReview: z.array(readyForReviewSchema) })
  .meta({ id: "AccountReviews" });
