import Link from "next/link";

type EmptyStateProps = {
  title: string;
  children?: React.ReactNode;
  action?: { label: string; href: string };
  /** Heading level inside the page (the page has its own h1). */
  headingLevel?: "h2" | "h3";
};

export function EmptyState({ title, children, action, headingLevel: Heading = "h2" }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center rounded-3xl border border-dashed border-stone-300 bg-white/60 px-6 py-16 text-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-10 fill-none stroke-muted stroke-[1.5]">
        <path d="M6 7h12l-1 13H7L6 7Z" />
        <path d="M9 7V6a3 3 0 0 1 6 0v1" />
      </svg>
      <Heading className="mt-4 text-lg font-semibold text-ink">{title}</Heading>
      {children && <div className="mt-2 max-w-md text-muted">{children}</div>}
      {action && (
        <Link
          href={action.href}
          className="mt-6 inline-flex h-11 items-center rounded-full bg-ink px-6 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
        >
          {action.label}
        </Link>
      )}
    </div>
  );
}
