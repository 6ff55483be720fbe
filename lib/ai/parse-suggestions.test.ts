import { describe, expect, it } from "vitest";
import { cleanSuggestion, MAX_SUGGESTION_LENGTH, parseSuggestions } from "./parse-suggestions";

describe("parseSuggestions", () => {
  it("reads the JSON object it asked for, even fenced or inside prose", () => {
    expect(parseSuggestions('{"suggestions": ["One", "Two", "Three"]}', 2)).toEqual(["One", "Two"]);
    expect(parseSuggestions('Sure!\n```json\n{"suggestions": ["A b", " C "]}\n```', 6)).toEqual(["A b", "C"]);
    expect(parseSuggestions('["Bare", "array"]', 3)).toEqual(["Bare", "array"]);
  });

  it("falls back to lines, dropping list markers, quotes, duplicates and non-strings", () => {
    expect(parseSuggestions('1. "Stay Wild"\n2) Stay wild\n- Go Far\n\n• ‘Keep Going’', 6)).toEqual(["Stay Wild", "Go Far", "Keep Going"]);
    expect(parseSuggestions('{"suggestions": [1, null, "Only this"]}', 3)).toEqual(["Only this"]);
    expect(parseSuggestions('{"suggestions": "not a list"', 3)).toEqual(['{"suggestions": "not a list"']);
  });

  it("answers none for an empty reply", () => {
    expect(parseSuggestions("", 3)).toEqual([]);
    expect(parseSuggestions('{"suggestions": []}', 3)).toEqual([]);
  });
});

describe("cleanSuggestion", () => {
  it("caps a long suggestion at a word boundary", () => {
    const long = cleanSuggestion("word ".repeat(60));
    expect(long.length).toBeLessThanOrEqual(MAX_SUGGESTION_LENGTH);
    expect(long).toMatch(/word…$/);
    expect(cleanSuggestion("x".repeat(300))).toHaveLength(MAX_SUGGESTION_LENGTH);
  });
});
