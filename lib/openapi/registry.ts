import { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorEnvelopeSchema } from "@/lib/api/schemas";
import { errorCodes, type ErrorCode } from "@/lib/api/error-codes";

export const siteIdParam = z.object({
  siteId: z.string().regex(/^\d+$/).meta({ description: "Numeric id of the tenant website", example: "1" }),
});

/** The error answers a route can give, each described with the codes that produce it. */
export function errorResponses(...codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  // Any operation answers 503 while the database is unreachable.
  for (const code of ["store_not_found", ...codes, "service_unavailable"] as ErrorCode[]) {
    const status = errorCodes[code].status;
    byStatus.set(status, [...new Set([...(byStatus.get(status) ?? []), code])]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      status,
      {
        description: list.map((code) => `\`${code}\`: ${errorCodes[code].description}`).join(" "),
        content: { "application/json": { schema: errorEnvelopeSchema } },
      },
    ]),
  );
}

export type AreaRegistrar = (registry: OpenAPIRegistry) => void;

export const jsonResponse = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });

export const jsonBody = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });
