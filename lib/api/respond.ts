import { NextResponse } from "next/server";
import { logError } from "@/lib/logging/log-error";
import { databaseUnavailable, isDatabaseUnavailable } from "./database-unavailable";
import { ApiError } from "./errors";

// The Storefront API envelope: { success: true, data, ...extra } or { success: false, message, errorCode }.

export function ok<T>(data: T, init: { status?: number; extra?: Record<string, unknown> } = {}) {
  return new NextResponse(envelopeJson(data, init.extra), { status: init.status ?? 200, headers: { "content-type": "application/json" } });
}

// Cached catalogue answers are deep-frozen and shared by every request that hits them, so their
// JSON cannot change: it is written once per cached value instead of once per request.
const frozenEnvelopes = new WeakMap<object, { extra: unknown[]; json: string }>();

function envelopeJson(data: unknown, extra: Record<string, unknown> = {}): string {
  const write = () => JSON.stringify({ success: true, data, ...extra });
  if (data === null || typeof data !== "object" || !Object.isFrozen(data)) return write();
  const extraValues = Object.entries(extra).flat();
  const memo = frozenEnvelopes.get(data);
  if (memo && memo.extra.length === extraValues.length && memo.extra.every((value, i) => value === extraValues[i])) return memo.json;
  const json = write();
  if (extraValues.every((value) => value === null || typeof value !== "object" || Object.isFrozen(value))) frozenEnvelopes.set(data, { extra: extraValues, json });
  return json;
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ApiError) {
    return NextResponse.json(
      { success: false, message: error.message, errorCode: error.code },
      { status: error.status, headers: error.headers },
    );
  }
  // A database that is down or restarting is the client's cue to retry, not an internal error.
  if (isDatabaseUnavailable(error)) {
    logError("[storefront-api] database unavailable", error);
    return errorResponse(databaseUnavailable());
  }
  // Unexpected: log the detail for operators, answer without internals.
  logError("[storefront-api] unexpected error", error);
  return NextResponse.json(
    { success: false, message: "Internal server error", errorCode: "internal_error" },
    { status: 500 },
  );
}
