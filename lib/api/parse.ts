import type { z } from "zod";
import { ApiError } from "./errors";

// Validation failures name the offending field: "limit: must be a positive whole number", or the
// message alone when it already names a top-level field ("sessionId is required", as the spec
// words it); a nested one keeps its place: "addressBook.0.country must be ...".
function validationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const path = issue.path.map(String);
  const field = path.join(".");
  const last = path.at(-1) ?? "";
  let message = field ? `${field}: ${issue.message}` : issue.message;
  if (last && issue.message.includes(last)) {
    message = path.length === 1 || !issue.message.startsWith(last) ? issue.message : `${path.slice(0, -1).join(".")}.${issue.message}`;
  }
  return new ApiError("validation_error", message);
}

export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) raw[key] ??= value;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

const MAX_JSON_BODY_BYTES = 1_000_000;

export async function parseBody<S extends z.ZodType>(schema: S, request: Request): Promise<z.output<S>> {
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_BYTES) throw new ApiError("payload_too_large", "Request body is too large");
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "Request body must be valid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
