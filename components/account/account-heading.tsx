/** A My Account page's h1, with an optional line under it and an action at its side. */
export function AccountHeading({ title, children, action }: { title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{title}</h1>
        {children && <div className="mt-2 text-muted">{children}</div>}
      </div>
      {action}
    </div>
  );
}

export const buttonClass = {
  primary: "inline-flex h-11 items-center justify-center rounded-full bg-ink px-6 text-sm font-medium text-paper transition-colors hover:bg-accent-strong",
  secondary: "inline-flex h-11 items-center justify-center rounded-full border border-ink/80 px-6 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper",
};

export const cardClass = "rounded-2xl border border-stone-200 bg-white p-5 sm:p-6";
