import type { z } from "zod";
import { logError } from "@/lib/logging/log-error";
import { ApiError } from "@/lib/api/errors";

// Server actions receive FormData; the areas' zod schemas describe JSON. These turn one into the
// other, so an action validates with the same schema as the API route and no input reaches a 500.

/** A field as a number: absent or blank → undefined; anything else → Number(), NaN for garbage (which the schema refuses). */
export function formNumber(formData: FormData, name: string): number | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? Number(value) : undefined;
}

/** A text field; a file or an absent field is undefined. */
export function formString(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

/** The first problem zod found, as a sentence for the form ("quantity must be…" → "Quantity must be…"). */
export function formIssue(error: z.ZodError): string {
  const message = error.issues[0]?.message ?? "Please check the form";
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * What a server action shows when the domain refuses: an ApiError's message is written for
 * clients; anything else is logged and not shown, as the API's 500s are.
 */
export function actionErrorMessage(error: unknown, action: string): string {
  if (error instanceof ApiError) return error.message;
  logError(`[${action}] failed`, error);
  return "Something went wrong. Please try again.";
}
