import type { Prisma } from "@/lib/generated/prisma/client";

// Rows to the API's review shapes; shared by the public list, the account list and the writes.

export const publicReviewSelect = {
  id: true,
  rating: true,
  title: true,
  body: true,
  createdAt: true,
  customer: { select: { firstName: true, lastName: true } },
} satisfies Prisma.ProductReviewSelect;

type PublicRow = Prisma.ProductReviewGetPayload<{ select: typeof publicReviewSelect }>;

/** First name and last initial: enough to sound like a person, never the e-mail address. */
export function authorName(customer: { firstName: string | null; lastName: string | null }): string {
  const first = customer.firstName?.trim();
  if (!first) return "A customer";
  const initial = customer.lastName?.trim().charAt(0);
  return initial ? `${first} ${initial.toUpperCase()}.` : first;
}

export const toPublicReview = ({ customer, createdAt, ...row }: PublicRow) => ({
  ...row,
  authorName: authorName(customer),
  createdAt: createdAt.toISOString(),
});

export const customerReviewSelect = {
  id: true,
  rating: true,
  title: true,
  body: true,
  status: true,
  createdAt: true,
  product: { select: { id: true, name: true, slug: true } },
} satisfies Prisma.ProductReviewSelect;

type CustomerRow = Prisma.ProductReviewGetPayload<{ select: typeof customerReviewSelect }>;

export const toCustomerReview = ({ product, createdAt, ...row }: CustomerRow) => ({
  id: row.id,
  product,
  rating: row.rating,
  title: row.title,
  body: row.body,
  status: row.status,
  createdAt: createdAt.toISOString(),
});
