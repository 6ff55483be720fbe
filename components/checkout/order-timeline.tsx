import type { TimelineEntry } from "@/lib/orders/order-timeline";

type OrderTimelineProps = { entries: TimelineEntry[]; locale: string; headingId: string };

/** The order's status changes and tracking scans as a vertical timeline, newest first. */
export function OrderTimeline({ entries, locale, headingId }: OrderTimelineProps) {
  const when = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" });
  return (
    <ol aria-labelledby={headingId} className="relative space-y-6 border-l-2 border-stone-200 pl-6">
      {entries.map((entry, i) => (
        <li key={`${entry.at}-${i}`} className="relative">
          <span
            aria-hidden="true"
            className={`absolute top-1.5 -left-[calc(1.5rem+7px)] size-3 rounded-full ring-4 ring-white ${i === 0 ? "bg-accent" : entry.kind === "tracking" ? "bg-ink" : "bg-stone-400"}`}
          />
          <p className="font-medium text-ink">
            {entry.title}
            {entry.kind === "tracking" && <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-muted">Carrier</span>}
          </p>
          {entry.detail && <p className="text-sm text-muted">{entry.detail}</p>}
          <p className="text-sm text-muted">
            <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
