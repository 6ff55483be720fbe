import { describe, expect, it } from "vitest";
import { record, redo, startHistory, undo } from "./design-history";
import { clampCentre, fitScale } from "./print-area";

describe("design history", () => {
  it("undoes and redoes whole states, and a new state drops the redo branch", () => {
    let history = startHistory(["a"]);
    history = record(history, ["a", "b"]);
    history = record(history, ["a", "b", "c"]);
    history = undo(history);
    expect(history.present).toEqual(["a", "b"]);
    history = undo(history);
    expect(history.present).toEqual(["a"]);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toEqual(["a", "b"]);
    history = record(history, ["a", "b", "d"]);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });

  it("keeps at most 100 steps", () => {
    let history = startHistory(0);
    for (let i = 1; i <= 150; i++) history = record(history, i);
    expect(history.past.length).toBe(100);
    expect(history.past[0]).toBe(50);
  });
});

describe("print area", () => {
  const area = { x: 100, y: 50, width: 200, height: 300 };

  it("keeps a layer's box inside the area", () => {
    expect(clampCentre({ x: 0, y: 0 }, { width: 40, height: 20 }, area)).toEqual({ x: 120, y: 60 });
    expect(clampCentre({ x: 999, y: 999 }, { width: 40, height: 20 }, area)).toEqual({ x: 280, y: 340 });
    expect(clampCentre({ x: 150, y: 100 }, { width: 40, height: 20 }, area)).toEqual({ x: 150, y: 100 });
  });

  it("centres a layer larger than the area on that axis", () => {
    expect(clampCentre({ x: 0, y: 0 }, { width: 500, height: 20 }, area)).toEqual({ x: 200, y: 60 });
  });

  it("fits a large image into the area without enlarging a small one", () => {
    expect(fitScale({ width: 1000, height: 1000 }, area)).toBeCloseTo(0.16);
    expect(fitScale({ width: 50, height: 50 }, area)).toBe(1);
  });
});

describe("amending the present state", () => {
  it("changes what undo returns to no further back than the last recorded step", async () => {
    const { amend } = await import("./design-history");
    let history = record(startHistory("a"), "H");
    history = amend(amend(history, "He"), "Hello");
    expect(history.present).toBe("Hello");
    expect(undo(history).present).toBe("a");
  });
});
