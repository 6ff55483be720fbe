// An order's history as one timeline for the shopper: its status changes (who paid, shipped,
// cancelled) and the carrier's tracking events, newest first.

export type TimelineEntry = { at: string; title: string; detail: string | null; kind: "status" | "tracking" };

const STATUS_TITLES: Record<string, string> = {
  pending: "Order placed",
  paid: "Payment received",
  processing: "Being prepared",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
};

/** "in_transit" → "In transit". */
export function humanize(code: string): string {
  const words = code.replace(/[_.-]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1).toLowerCase() : "";
}

export const statusTitle = (status: string) => STATUS_TITLES[status] ?? humanize(status);

const STATUS_LABELS: Record<string, string> = { pending: "Awaiting payment", paid: "Paid", processing: "Being prepared" };

/** Where the order stands now, as its status reads in a sentence ("Status: Paid"). */
export const statusLabel = (status: string) => STATUS_LABELS[status] ?? statusTitle(status);

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * A carrier event as a line: its status and, where the payload has them, the newest scan's message
 * and place (EasyPost trackers list scans in tracking_details, oldest first). Whatever a payload
 * lacks falls back to the event type, so an odd payload never breaks the page.
 */
export function trackingEntry(event: { processedAt: string; eventType: string; payload: unknown }): TimelineEntry {
  const payload = record(event.payload);
  const scans = Array.isArray(payload.tracking_details) ? payload.tracking_details : [];
  const scan = record(scans.at(-1));
  const where = record(scan.tracking_location);
  const place = [text(where.city), text(where.state), text(where.country)].filter(Boolean).join(", ");
  const status = text(payload.status) ?? text(scan.status);
  const message = text(scan.message) ?? (text(payload.status_detail) ? humanize(text(payload.status_detail)!) : null);
  return {
    at: event.processedAt,
    title: humanize(status ?? event.eventType),
    detail: [message, place].filter(Boolean).join(" · ") || null,
    kind: "tracking",
  };
}

export function orderTimeline(order: {
  statusHistory: { toStatus: string; note: string | null; createdAt: string }[];
  trackingEvents: { processedAt: string; eventType: string; payload: unknown }[];
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...order.statusHistory.map((h) => {
      const title = statusTitle(h.toStatus);
      // The domain's notes often just repeat the status ("Payment received").
      return { at: h.createdAt, title, detail: h.note && h.note !== title ? h.note : null, kind: "status" as const };
    }),
    ...order.trackingEvents.map(trackingEntry),
  ];
  // Stable: among entries of the same instant, the later-listed (a status after its history) comes first.
  return entries.map((entry, i) => ({ entry, i })).sort((a, b) => b.entry.at.localeCompare(a.entry.at) || b.i - a.i).map(({ entry }) => entry);
}
