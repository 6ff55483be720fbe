import Link from "next/link";

type PaginationProps = {
  page: number;
  totalPages: number;
  /** URL of a page number, keeping the listing's other query parameters. */
  hrefFor: (page: number) => string;
};

/** Page numbers to show: the first, the last, and the current one with its neighbours; null is a gap. */
export function pageWindow(page: number, totalPages: number): (number | null)[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last === 2) out.push(last + 1);
    else if (typeof last === "number" && p - last > 2) out.push(null);
    out.push(p);
  }
  return out;
}

const box = "inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm";

export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null;
  const prev = page > 1 ? Math.min(page - 1, totalPages) : null;
  const next = page < totalPages ? page + 1 : null;
  return (
    <nav aria-label="Pagination" className="mt-14 flex items-center justify-center gap-1 sm:gap-2">
      {prev ? (
        <Link href={hrefFor(prev)} rel="prev" className={`${box} gap-1 font-medium hover:bg-stone-200/60`}>
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span aria-hidden="true" className={`${box} gap-1 text-stone-400`}>
          ← Previous
        </span>
      )}
      <ol role="list" className="hidden items-center gap-1 sm:flex">
        {pageWindow(page, totalPages).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className={`${box} text-muted`}>
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${box} bg-ink font-semibold text-paper`}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} className={`${box} hover:bg-stone-200/60`}>
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      <span className={`${box} text-muted sm:hidden`}>
        Page {Math.min(page, totalPages)} of {totalPages}
      </span>
      {next ? (
        <Link href={hrefFor(next)} rel="next" className={`${box} gap-1 font-medium hover:bg-stone-200/60`}>
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-hidden="true" className={`${box} gap-1 text-stone-400`}>
          Next →
        </span>
      )}
    </nav>
  );
}
