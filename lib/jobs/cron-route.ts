import { timingSafeEqual } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { errorResponse, ok } from "@/lib/api/respond";
import { env } from "@/lib/env";

/** Whether a request carries "Authorization: Bearer <CRON_SECRET>", compared in constant time. */
export function assertCronCaller(request: Request, secret = env.CRON_SECRET) {
  if (!secret) throw new ApiError("service_unavailable", "Scheduled jobs are disabled: CRON_SECRET is not set");
  const given = Buffer.from(/^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "");
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ApiError("unauthorized", "Unauthorized");
}

/** A scheduled job's route handler (Vercel Cron calls GET with the bearer secret). */
export function cronRoute(job: () => Promise<Record<string, number>>, secret?: () => string | undefined) {
  return async (request: Request) => {
    try {
      assertCronCaller(request, secret ? secret() : env.CRON_SECRET);
      return ok(await job());
    } catch (error) {
      return errorResponse(error);
    }
  };
}
