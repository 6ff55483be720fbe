import { describe, expect, it } from "vitest";
import { addInterval, refusal, type SubscriptionState } from "./subscription-rules";

const at = (iso: string) => new Date(iso);
const state = (over: Partial<SubscriptionState> = {}): SubscriptionState => ({ status: "active", cancelAtPeriodEnd: false, resumesAt: null, currentPeriodEnd: at("2026-12-31T10:00:00Z"), ...over });

describe("addInterval", () => {
  it("adds weeks, months and years in UTC, keeping a month's end in a shorter month", () => {
    expect(addInterval(at("2026-12-07T12:00:00Z"), "week", 2).toISOString()).toBe("2026-12-21T12:00:00.000Z");
    expect(addInterval(at("2027-01-31T12:00:00Z"), "month", 1).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(addInterval(at("2026-11-30T12:00:00Z"), "month", 3).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(addInterval(at("2028-02-29T00:00:00Z"), "year", 1).toISOString()).toBe("2029-02-28T00:00:00.000Z");
  });
});

describe("refusal", () => {
  it("allows each action only in the states it makes sense in", () => {
    const table: [SubscriptionState, Parameters<typeof refusal>[1], string | null][] = [
      [state(), { action: "pause" }, null],
      [state({ status: "paused" }), { action: "pause" }, "This subscription is paused already"],
      [state({ status: "past_due" }), { action: "pause" }, "A subscription that is past_due cannot be paused"],
      [state(), { action: "resume" }, "Only a paused subscription, a skipped cycle or a cancellation set for the period's end can be resumed"],
      [state({ cancelAtPeriodEnd: true }), { action: "resume" }, null],
      [state({ resumesAt: at("2027-01-30T00:00:00Z") }), { action: "skip-cycle" }, "The next cycle is skipped already"],
      [state({ status: "paused" }), { action: "change-quantity", quantity: 2, effective: "next_cycle" }, null],
      [state({ cancelAtPeriodEnd: true }), { action: "change-plan", planId: 2, effective: "immediate" }, "This subscription ends with its current period; resume it first"],
      [state({ status: "incomplete", currentPeriodEnd: null }), { action: "cancel", effective: "next_cycle" }, "A subscription not yet paid for has no period to run out; cancel it with effective: immediate"],
      [state({ status: "incomplete", currentPeriodEnd: null }), { action: "cancel", effective: "immediate" }, null],
      [state({ status: "canceled" }), { action: "resume" }, "This subscription is canceled"],
    ];
    for (const [given, input, expected] of table) expect({ given, input, refused: refusal(given, input) }).toEqual({ given, input, refused: expected });
  });
});
