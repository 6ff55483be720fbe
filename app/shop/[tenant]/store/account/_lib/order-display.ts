import { CANCELLABLE_STATUSES } from "@/lib/account/cancel-order";

// How an order's state reads to the shopper who placed it.

const STATUS_LABELS: Record<string, string> = {
  pending: "Awaiting payment",
  paid: "Paid",
  processing: "Being prepared",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
};

export const orderStatusLabel = (status: string) => STATUS_LABELS[status] ?? humanize(status);

// The domain checks again; this only decides whether the page offers the form.
export const canCancel = (status: string) => (CANCELLABLE_STATUSES as readonly string[]).includes(status);

/** Only a delivered order can be returned (lib/account/returns.ts). */
export const canReturn = (status: string) => status === "delivered";

/** "in_transit" → "In transit". */
export function humanize(code: string): string {
  const words = code.replace(/[_.-]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1).toLowerCase() : "";
}

export type TrackingLine = { status: string; detail: string | null; place: string | null };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * One tracking event as a line of the timeline. The payload is what the carrier sent (an
 * EasyPost tracker: status, and tracking_details whose last entry is the newest scan); anything
 * missing or odd falls back to the event's type, so a strange payload never breaks the page.
 */
export function trackingLine(event: { eventType: string; payload: unknown }): TrackingLine {
  const payload = event.payload && typeof event.payload === "object" ? (event.payload as Record<string, unknown>) : {};
  const details = Array.isArray(payload.tracking_details) ? payload.tracking_details : [];
  const latest = details.at(-1) && typeof details.at(-1) === "object" ? (details.at(-1) as Record<string, unknown>) : {};
  const location = latest.tracking_location && typeof latest.tracking_location === "object" ? (latest.tracking_location as Record<string, unknown>) : {};
  const status = text(payload.status) ?? text(latest.status);
  const statusDetail = text(payload.status_detail);
  const place = [text(location.city), text(location.state), text(location.country)].filter(Boolean).join(", ");
  return {
    status: status ? humanize(status) : humanize(event.eventType),
    detail: text(latest.message) ?? (statusDetail ? humanize(statusDetail) : null),
    place: place || null,
  };
}
