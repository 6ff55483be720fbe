"use client";

import { useState, useTransition } from "react";
import { cloneIntoDesignerAction } from "@/app/shop/[tenant]/store/design/actions";

/** Copies a shared design into the visitor's own and opens it in the designer. */
export function MakeItYours({ siteId, designId, productSlug }: { siteId: number; designId: number; productSlug: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="mt-6">
      <button
        type="button"
        disabled={pending}
        onClick={() => start(async () => void (await cloneIntoDesignerAction(siteId, designId, productSlug).then((r) => !r.ok && setMessage(r.message))))}
        className="inline-flex h-12 items-center rounded-full bg-ink px-7 text-sm font-medium text-paper hover:bg-accent-strong disabled:opacity-60"
      >
        {pending ? "Copying…" : "Make it yours"}
      </button>
      {message && (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}
