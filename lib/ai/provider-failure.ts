import { ApiError } from "@/lib/api/errors";
import { describeError } from "@/lib/logging/log-error";

/**
 * A provider's failure as the API answers it: 502 with a message of our own. The provider's words
 * (which may quote the prompt, the account or part of the key) go only to the log, with the
 * merchant's key removed wherever it appears.
 */
export function providerFailure(service: string, error: unknown, apiKey: string, context: Record<string, unknown> = {}): ApiError {
  const status = typeof error === "object" && error !== null && "status" in error ? (error as { status: unknown }).status : undefined;
  console.error(`[ai] ${service} call failed`, { ...context, status, error: describeError(error).replaceAll(apiKey, "[redacted]") });
  return new ApiError("ai_provider_error", `The ${service} service failed; please try again later`);
}
