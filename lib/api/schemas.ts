import { z } from "zod";

// Building blocks shared by every area's request and response schemas.

/** Query strings send "" for a cleared field; treat it as absent. */
const blankAsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const optionalQueryString = (max: number) => z.preprocess(blankAsAbsent, z.string().trim().max(max).optional());

export const positiveIntQuery = (defaultValue: number) =>
  z.preprocess(blankAsAbsent, positiveInt().default(defaultValue));

const positiveInt = () =>
  z.coerce
    .number({ error: "must be a positive whole number" })
    .int({ error: "must be a positive whole number" })
    .min(1, { error: "must be a positive whole number" })
    .max(1_000_000, { error: "is too large" });

/** A positive 32-bit integer id in a JSON body, refused with "<field> must be a positive integer". */
export const positiveIdField = (field: string) => {
  const error = `${field} must be a positive integer`;
  return z.number({ error }).int({ error }).positive({ error }).max(2_147_483_647, { error });
};

/**
 * A positive 32-bit integer id in a path segment or form field, refused with `error`. Ten digits
 * alone would let 9999999999 through to an int4 column, which the database answers with a 500.
 */
export const positiveIdString = (error: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, { error })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 2_147_483_647, { error });

/** A stored JSON column as an object, or null when it holds anything else. */
export const jsonObjectOrNull = (value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

export const cents = (description: string) => z.number().int().meta({ description: `${description} (integer cents)` });

export const timestamp = z.iso.datetime().meta({ description: "UTC ISO-8601 timestamp" });

export const paginationSchema = z
  .object({
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
    totalPages: z.number().int(),
  })
  .meta({ id: "Pagination" });

export type Pagination = z.infer<typeof paginationSchema>;

/** The pagination block of a page of `total` items. */
export function paginate(query: { page: number; limit: number }, total: number): Pagination {
  return { page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) };
}

export const errorEnvelopeSchema = z
  .object({
    success: z.literal(false),
    message: z.string(),
    errorCode: z.string().meta({ description: "Stable machine-readable code; see the errorCodes list" }),
  })
  .meta({ id: "Error" });

export const successEnvelope = <T extends z.ZodType>(data: T, extra: z.ZodRawShape = {}) =>
  z.object({ success: z.literal(true), data, ...extra });
