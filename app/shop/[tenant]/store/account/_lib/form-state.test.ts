import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { formResult, optionalText, withLabels } from "./form-state";

describe("form results", () => {
  it("answers the work's message, an ApiError's message with the form's labels, and rethrows the rest", async () => {
    expect(await formResult(async () => "Saved")).toEqual({ ok: true, message: "Saved" });
    const invalid = () => Promise.reject(new ApiError("validation_error", "line1 is required"));
    expect(await formResult(invalid, { line1: "Address line 1" })).toEqual({ ok: false, message: "Address line 1 is required" });
    await expect(formResult(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });

  it("relabels only a leading field name it knows", () => {
    expect(withLabels("country: must be an ISO code", { country: "Country" })).toBe("Country: must be an ISO code");
    expect(withLabels("Address not found", { line1: "Address line 1" })).toBe("Address not found");
    expect(withLabels("reason is required", {})).toBe("reason is required");
  });

  it("reads blank text as absent", () => {
    const form = new FormData();
    form.set("a", "  ");
    form.set("b", " Kim ");
    expect([optionalText(form, "a"), optionalText(form, "b"), optionalText(form, "c")]).toEqual([null, "Kim", null]);
  });
});
