/** A rating as five stars, read out as words ("4.5 out of 5 stars"); the stars themselves are hidden from screen readers. */
export function StarRating({ value, className = "" }: { value: number; className?: string }) {
  const filled = Math.round(value);
  return (
    <span role="img" aria-label={`${value} out of 5 stars`} className={`inline-flex text-amber-600 ${className}`}>
      {[1, 2, 3, 4, 5].map((star) => (
        <span key={star} aria-hidden="true" className={star <= filled ? "" : "text-stone-300"}>
          ★
        </span>
      ))}
    </span>
  );
}
