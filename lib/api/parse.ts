import type { z } from "zod";
import { ApiError } from "./errors";
import { readBodyText } from "./read-body";

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

// PostgreSQL text and jsonb cannot hold U+0000: a NUL that reached a query would fail there as a
// 500, so it is refused at the boundary like any other invalid character.
const NUL = "\u0000";

// Iterative, so a body nested 100,000 levels deep cannot overflow the stack.
function hasNul(root: unknown): boolean {
  const pending = [root];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (value.includes(NUL)) return true;
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes(NUL)) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

const nulRefused = () => new ApiError("validation_error", "Text must not contain NUL characters (\\u0000)");

export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) raw[key] ??= value;
  if (hasNul(raw)) throw nulRefused();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export const MAX_JSON_BODY_BYTES = 1_000_000;

export async function parseBody<S extends z.ZodType>(schema: S, request: Request): Promise<z.output<S>> {
  const text = await readBodyText(request, MAX_JSON_BODY_BYTES);
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "Request body must be valid JSON");
  }
  if (hasNul(json)) throw nulRefused();
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  if (hasNul(params)) throw nulRefused();
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
