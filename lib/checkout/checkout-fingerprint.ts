import { createHash } from "node:crypto";
import type { CheckoutInput } from "./schemas";

/**
 * The SHA-256 of a checkout request as parsed, its object keys sorted, so the same request
 * fingerprints the same however its JSON was laid out, and any changed field changes it.
 */
export function checkoutFingerprint(input: CheckoutInput): string {
  return createHash("sha256").update(JSON.stringify(sortedKeys(input))).digest("hex");
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => [key, sortedKeys(field)]),
  );
}
