"use client";

import { useEffect } from "react";

/** A My Account page that failed: the sections' navigation stays, this offers a retry. */
export default function AccountError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div role="alert" className="rounded-2xl border border-stone-200 bg-white p-6">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">This part of your account could not be loaded</h1>
      <p className="mt-3 text-muted">Please try again in a moment. Your orders and details are safe.</p>
      {digest && <p className="mt-2 text-xs text-muted">Reference: {digest}</p>}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 inline-flex h-11 items-center rounded-full bg-ink px-6 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
      >
        Try again
      </button>
    </div>
  );
}
