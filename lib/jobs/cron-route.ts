import { createHash, timingSafeEqual } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { errorResponse, ok } from "@/lib/api/respond";
import { env } from "@/lib/env";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Throws unless the request carries "Authorization: Bearer <secret>", as Vercel Cron sends it.
 * Unset secret: 503, so jobs are never open to anyone. The secret is a parameter, not read from
 * lib/env here, because lib/env is parsed once at import: tests pass their own.
 */
export function assertCronCaller(request: Request, secret: string | undefined): void {
  if (!secret) throw new ApiError("service_unavailable", "Scheduled jobs are disabled: CRON_SECRET is not set");
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  // Digests have one length, so the comparison takes the same time and leaks not even the length.
  if (!timingSafeEqual(digest(given), digest(secret))) {
    throw new ApiError("unauthorized", "A valid cron secret is required", { "WWW-Authenticate": "Bearer" });
  }
}

/** The GET handler of a scheduled job: checks the caller, runs the job, answers its counts in the envelope. */
export function cronRoute(job: () => Promise<Record<string, number>>) {
  return async (request: Request): Promise<Response> => {
    try {
      assertCronCaller(request, env.CRON_SECRET);
      return ok(await job());
    } catch (error) {
      return errorResponse(error);
    }
  };
}
