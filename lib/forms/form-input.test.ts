import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { actionErrorMessage, formIssue, formNumber, formString } from "./form-input";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe("form fields", () => {
  it("reads numbers, leaving blanks absent and garbage for the schema to refuse", () => {
    const data = form({ quantity: "3", blank: "  ", bad: "three" });
    expect(formNumber(data, "quantity")).toBe(3);
    expect(formNumber(data, "blank")).toBeUndefined();
    expect(formNumber(data, "missing")).toBeUndefined();
    expect(formNumber(data, "bad")).toBeNaN();
    expect(z.number().safeParse(formNumber(data, "bad")).success).toBe(false);
  });

  it("reads text, never a file", () => {
    const data = form({ code: "WELCOME10" });
    data.set("upload", new Blob(["x"]), "x.txt");
    expect(formString(data, "code")).toBe("WELCOME10");
    expect(formString(data, "upload")).toBeUndefined();
  });
});

describe("messages", () => {
  it("words the first zod issue as a sentence", () => {
    const result = z.object({ quantity: z.number({ error: "quantity must be a whole number from 1" }) }).safeParse({});
    expect(formIssue(result.error!)).toBe("Quantity must be a whole number from 1");
  });

  it("shows an ApiError's message and hides anything else", () => {
    expect(actionErrorMessage(new ApiError("insufficient_stock", "Only 2 left in stock"), "test")).toBe("Only 2 left in stock");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(actionErrorMessage(new Error("connection refused at 10.0.0.3"), "test")).toBe("Something went wrong. Please try again.");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
