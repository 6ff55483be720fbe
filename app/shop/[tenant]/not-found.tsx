import type { Metadata } from "next";

export const metadata: Metadata = { title: "Store not found" };

// Reached when no enabled store answers for the site id or host in the URL.
export default function TenantNotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold tracking-[0.2em] text-accent uppercase">404</p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight text-ink">Store not found</h1>
      <p className="mt-5 text-lg leading-relaxed text-muted">There is no open shop at this address.</p>
    </main>
  );
}
