import { describe, expect, it } from "vitest";
import { canCancel, canReturn, humanize, orderStatusLabel, trackingLine } from "./order-display";

describe("order display", () => {
  it("names statuses for shoppers and knows which allow a cancel or a return", () => {
    expect(orderStatusLabel("pending")).toBe("Awaiting payment");
    expect(orderStatusLabel("on_hold")).toBe("On hold");
    expect(["pending", "paid", "processing", "shipped", "delivered"].filter(canCancel)).toEqual(["pending", "paid", "processing"]);
    expect(["shipped", "delivered", "cancelled"].filter(canReturn)).toEqual(["delivered"]);
    expect(humanize("tracker.updated")).toBe("Tracker updated");
  });

  it("reads a carrier's tracker: its status, the newest scan's message and place", () => {
    const payload = {
      status: "in_transit",
      tracking_details: [
        { message: "Label created", status: "pre_transit", tracking_location: { city: "Portland" } },
        { message: "Departed facility", status: "in_transit", tracking_location: { city: "Reno", state: "NV", country: null } },
      ],
    };
    expect(trackingLine({ eventType: "tracker.updated", payload })).toEqual({ status: "In transit", detail: "Departed facility", place: "Reno, NV" });
  });

  it("falls back to the event type when the payload says nothing usable", () => {
    for (const payload of [null, "text", [], { status: 42, tracking_details: "no" }]) {
      expect(trackingLine({ eventType: "tracker.created", payload })).toEqual({ status: "Tracker created", detail: null, place: null });
    }
    expect(trackingLine({ eventType: "x", payload: { status: "out_for_delivery", status_detail: "arrived_at_destination" } })).toEqual({
      status: "Out for delivery",
      detail: "Arrived at destination",
      place: null,
    });
  });
});
