import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { StatusBadge } from "@/components/account/status-badge";
import { TextAreaField } from "@/components/account/text-area-field";
import { EmptyState } from "@/components/empty-state";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import { StarRating } from "@/components/star-rating";
import { listAccountReviews } from "@/lib/reviews/account-reviews";
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from "@/lib/reviews/schemas";
import { memberPage } from "../../_lib/member";
import { writeReviewAction } from "./actions";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const metadata: Metadata = { title: "Reviews", robots: { index: false } };

const statusOf = {
  pending: { label: "Awaiting approval", tone: "neutral" },
  approved: { label: "Published", tone: "good" },
  rejected: { label: "Not published", tone: "bad" },
} as const;

const select = "mt-1.5 block h-11 w-full max-w-xs rounded-xl border border-stone-300 bg-white px-3 text-base text-ink focus:border-ink";

export default async function ReviewsPage({ params, searchParams }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/reviews");
  const [{ reviews, readyForReview }, { notice }] = await Promise.all([listAccountReviews(shop.siteId, customerId), searchParams]);
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium" });
  const productHref = (slug: string) => shop.href(`/products/${encodeURIComponent(slug)}`);

  return (
    <div>
      <AccountHeading title="Reviews">
        <p>Tell other shoppers what you think of what you bought. Reviews appear on the product once approved.</p>
      </AccountHeading>
      {notice === "reviewed" && (
        <div className="mt-6">
          <FormAlert tone="success">Thank you for your review.</FormAlert>
        </div>
      )}

      <section aria-labelledby="ready-heading" className="mt-8">
        <h2 id="ready-heading" className="text-lg font-semibold text-ink">
          Ready for review
        </h2>
        {readyForReview.length === 0 ? (
          <p className="mt-2 text-sm text-muted">Products from your delivered orders appear here until you review them.</p>
        ) : (
          <ul role="list" className="mt-4 space-y-6">
            {readyForReview.map((item) => (
              <li key={item.productId} className={cardClass}>
                <h3 className="font-semibold text-ink">
                  <Link href={productHref(item.productSlug)} className="hover:underline">
                    {item.productName}
                  </Link>
                </h3>
                <p className="text-sm text-muted">From order {item.orderNumber}</p>
                <ActionForm action={writeReviewAction.bind(null, shop.siteId, item.productSlug)} submitLabel={<>Submit review<span className="sr-only"> of {item.productName}</span></>} pendingLabel="Sending…" className="mt-4">
                  <div>
                    <label htmlFor={`rating-${item.productId}`} className="block text-sm font-medium text-ink">
                      Rating
                    </label>
                    <select id={`rating-${item.productId}`} name="rating" required defaultValue="" className={select}>
                      <option value="" disabled>
                        Choose 1 to 5 stars
                      </option>
                      {[5, 4, 3, 2, 1].map((n) => (
                        <option key={n} value={n}>
                          {n} {n === 1 ? "star" : "stars"}
                        </option>
                      ))}
                    </select>
                  </div>
                  <FormField label="Title" name="title" id={`title-${item.productId}`} required maxLength={REVIEW_TITLE_MAX} />
                  <TextAreaField label="Review" name="body" id={`body-${item.productId}`} required maxLength={REVIEW_BODY_MAX} rows={4} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mine-heading" className="mt-12">
        <h2 id="mine-heading" className="text-lg font-semibold text-ink">
          Your reviews
        </h2>
        {reviews.length === 0 ? (
          <div className="mt-4">
            <EmptyState title="No reviews yet" headingLevel="h3">
              Once an order arrives, its products are ready for your review above.
            </EmptyState>
          </div>
        ) : (
          <ul role="list" className="mt-4 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {reviews.map((review) => (
              <li key={review.id} className="px-5 py-4">
                <div className="flex flex-wrap items-center gap-3">
                  <h3 className="font-semibold text-ink">
                    <Link href={productHref(review.product.slug)} className="hover:underline">
                      {review.product.name}
                    </Link>
                  </h3>
                  <StatusBadge label={statusOf[review.status].label} tone={statusOf[review.status].tone} />
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                  <StarRating value={review.rating} />
                  <time dateTime={review.createdAt}>{date.format(new Date(review.createdAt))}</time>
                </p>
                <p className="mt-2 font-medium text-ink">{review.title}</p>
                <p className="mt-1 text-sm leading-6 whitespace-pre-line text-muted">{review.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
