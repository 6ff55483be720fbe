import { describe, expect, it } from "vitest";
import { humanize, orderTimeline, trackingEntry } from "./order-timeline";

describe("orderTimeline", () => {
  it("merges status changes and tracking events, newest first", () => {
    const timeline = orderTimeline({
      statusHistory: [
        { toStatus: "pending", note: "Order placed", createdAt: "2026-06-20T10:00:00.000Z" },
        { toStatus: "paid", note: "Payment received", createdAt: "2026-06-20T10:01:00.000Z" },
        { toStatus: "shipped", note: null, createdAt: "2026-06-21T09:00:00.000Z" },
      ],
      trackingEvents: [
        { processedAt: "2026-06-22T14:30:00.000Z", eventType: "tracker.updated", payload: { status: "in_transit" } },
        { processedAt: "2026-06-21T12:00:00.000Z", eventType: "tracker.created", payload: { status: "pre_transit" } },
      ],
    });
    expect(timeline.map((e) => [e.title, e.kind])).toEqual([
      ["In transit", "tracking"],
      ["Pre transit", "tracking"],
      ["Shipped", "status"],
      ["Payment received", "status"],
      ["Order placed", "status"],
    ]);
  });

  it("puts the later of two same-instant entries first", () => {
    const at = "2026-06-20T10:00:00.000Z";
    const timeline = orderTimeline({
      statusHistory: [
        { toStatus: "pending", note: null, createdAt: at },
        { toStatus: "paid", note: null, createdAt: at },
      ],
      trackingEvents: [],
    });
    expect(timeline.map((e) => e.title)).toEqual(["Payment received", "Order placed"]);
  });
});

describe("trackingEntry", () => {
  it("reads the newest scan's message and place from an EasyPost tracker", () => {
    const entry = trackingEntry({
      processedAt: "2026-06-22T14:30:00.000Z",
      eventType: "tracker.updated",
      payload: {
        status: "out_for_delivery",
        tracking_details: [
          { message: "Accepted", tracking_location: { city: "Austin" } },
          { message: "Out for delivery", status: "out_for_delivery", tracking_location: { city: "Portland", state: "OR", country: "US" } },
        ],
      },
    });
    expect(entry).toEqual({ at: "2026-06-22T14:30:00.000Z", title: "Out for delivery", detail: "Out for delivery · Portland, OR, US", kind: "tracking" });
  });

  it("falls back to the event type for an odd payload", () => {
    for (const payload of [null, "text", [1, 2], { status: 42, tracking_details: "none" }]) {
      expect(trackingEntry({ processedAt: "2026-06-22T00:00:00.000Z", eventType: "tracker.updated", payload })).toMatchObject({ title: "Tracker updated", detail: null });
    }
  });

  it("humanizes codes", () => {
    expect(humanize("return_to_sender")).toBe("Return to sender");
    expect(humanize("")).toBe("");
  });
});
