import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { parseParams } from "@/lib/api/parse";

/** What a form's server action answers: shown above the form, announced to screen readers. */
export type FormState = { ok: boolean; message: string } | null;

/**
 * Runs a form's work and turns an ApiError (validation, not found, conflict...) into the form's
 * message. Anything else is rethrown: redirect() and notFound() must reach Next.js, and an
 * unexpected failure belongs to the error boundary, never to the user as text.
 */
export async function formResult(work: () => Promise<string>, labels: Record<string, string> = {}): Promise<FormState> {
  try {
    return { ok: true, message: await work() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, message: withLabels(error.message, labels) };
    throw error;
  }
}

/** The domain's messages name API fields ("line1 is required"); a form shows its labels instead. */
export function withLabels(message: string, labels: Record<string, string>): string {
  const match = /^([A-Za-z][\w.]*)(:)?( .*)$/.exec(message);
  if (!match || !(match[1] in labels)) return message;
  const [, field, colon = "", rest] = match;
  return `${labels[field]}${colon}${rest}`;
}

/** A text field as the domain wants it: trimmed, and absent (null) when left blank. */
export function optionalText(formData: FormData, name: string): string | null {
  const value = formData.get(name);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export const checked = (formData: FormData, name: string) => formData.get(name) === "on";

/** Validates with the area's own schema; a failure is an ApiError naming the field. */
export const parseForm = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => parseParams(schema, input);
