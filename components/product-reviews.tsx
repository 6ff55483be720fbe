import { StarRating } from "@/components/star-rating";
import type { ProductRating } from "@/lib/reviews/schemas";

type Review = { id: number; rating: number; title: string; body: string; authorName: string; createdAt: string };

/** A product's approved reviews under their average; says so plainly when there are none. */
export function ProductReviews({ rating, reviews, locale }: { rating: ProductRating; reviews: Review[]; locale: string }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <section aria-labelledby="reviews-title" className="mt-16 border-t border-stone-200/80 pt-8">
      <h2 id="reviews-title" className="text-2xl font-semibold tracking-tight text-ink">
        Reviews
      </h2>
      {rating.average === null ? (
        <p className="mt-3 text-muted">No reviews yet.</p>
      ) : (
        <>
          <p className="mt-3 flex items-center gap-3 text-ink" data-testid="product-rating">
            <StarRating value={rating.average} className="text-xl" />
            <span>
              {rating.average} out of 5 · {rating.count === 1 ? "1 review" : `${rating.count} reviews`}
            </span>
          </p>
          <ul role="list" className="mt-6 divide-y divide-stone-200">
            {reviews.map((review) => (
              <li key={review.id} className="py-5">
                <StarRating value={review.rating} />
                <h3 className="mt-1 font-semibold text-ink">{review.title}</h3>
                <p className="mt-1 text-sm text-muted">
                  {review.authorName} · <time dateTime={review.createdAt}>{date.format(new Date(review.createdAt))}</time>
                </p>
                <p className="mt-2 leading-7 whitespace-pre-line text-muted">{review.body}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
