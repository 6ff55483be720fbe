const block = "animate-pulse rounded-md bg-stone-200/80 motion-reduce:animate-none";

/** Placeholder for a product grid while a listing loads. */
export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul role="list" aria-hidden="true" className="grid grid-cols-2 gap-x-4 gap-y-8 sm:gap-x-6 md:grid-cols-3 lg:grid-cols-4 lg:gap-y-10">
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <div className={`${block} aspect-square rounded-2xl`} />
          <div className={`${block} mt-4 h-3 w-1/3`} />
          <div className={`${block} mt-2 h-4 w-3/4`} />
          <div className={`${block} mt-2 h-4 w-1/4`} />
        </li>
      ))}
    </ul>
  );
}

export function SkeletonBlock({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`${block} ${className}`} />;
}

/** Announces the loading state once to assistive technology; the skeleton itself is hidden from it. */
export function LoadingStatus({ label = "Loading…" }: { label?: string }) {
  return (
    <p role="status" className="sr-only">
      {label}
    </p>
  );
}
