import { NextResponse } from "next/server";
import { logError } from "@/lib/logging/log-error";
import { databaseUnavailable, isDatabaseUnavailable } from "./database-unavailable";
import { ApiError } from "./errors";

// The Storefront API envelope: { success: true, data, ...extra } or { success: false, message, errorCode }.

export function ok<T>(data: T, init: { status?: number; extra?: Record<string, unknown> } = {}) {
  return NextResponse.json({ success: true, data, ...init.extra }, { status: init.status ?? 200 });
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
