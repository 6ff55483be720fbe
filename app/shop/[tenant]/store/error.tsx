"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";

// The shop's home from the current URL: "/s/2/store/..." → "/s/2/store", otherwise "/store".
const homeOf = (pathname: string | null) => `${pathname?.match(/^\/s\/\d+/)?.[0] ?? ""}/store`;

export default function StoreError({ error, retry }: { error: unknown; retry: () => void }) {
  const pathname = usePathname();
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Production hides server error messages; show a reference that matches the server log instead.
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-24 text-center sm:py-32">
      <h1 className="text-4xl font-semibold tracking-tight text-ink">Something went wrong</h1>
      <p className="mt-5 text-lg leading-relaxed text-muted">
        This page could not be loaded just now. Please try again in a moment.
      </p>
      {digest && <p className="mt-3 text-xs text-muted">Reference: {digest}</p>}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex h-12 items-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
        >
          Try again
        </button>
        <Link
          href={homeOf(pathname)}
          className="inline-flex h-12 items-center rounded-full border border-ink px-7 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper"
        >
          Back to the shop
        </Link>
      </div>
    </div>
  );
}
