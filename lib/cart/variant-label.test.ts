import { describe, expect, it } from "vitest";
import { variantLabel } from "./variant-label";

describe("variantLabel", () => {
  it("drops the product name the variant's name repeats", () => {
    expect(variantLabel("Classic Crew Tee", "Classic Crew Tee – M / White")).toBe("M / White");
    expect(variantLabel("Mug", "Mug - 12 oz")).toBe("12 oz");
  });

  it("keeps any other name whole, and has none for no variant", () => {
    expect(variantLabel("Classic Crew Tee", "Large, black")).toBe("Large, black");
    expect(variantLabel("Tee", "Tee – ")).toBe("Tee – ");
    expect(variantLabel("Tee", null)).toBeNull();
  });
});
