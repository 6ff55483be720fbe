import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { positiveIdField } from "@/lib/api/schemas";
import { emailSchema } from "@/lib/customers/schemas";
import { enforceRateLimits } from "@/lib/security/rate-limit";

export const backInStockRequestSchema = z.object({ email: emailSchema, variantId: positiveIdField("variantId") });

export const backInStockAlertSchema = z
  .object({ variantId: z.number().int(), email: z.string(), subscribed: z.literal(true) })
  .meta({ id: "BackInStockAlert" });

const HOUR = 60 * 60 * 1000;

/**
 * POST /products/{slug}/back-in-stock: asks for one e-mail when an out-of-stock variant is back.
 * Asking again for the same e-mail and variant changes nothing (one row, kept by the unique index);
 * after a message went out, asking again waits for the next restock. Limited per e-mail and per
 * client address, so the endpoint cannot be used to flood an inbox or the table.
 */
export async function subscribeBackInStock(siteId: number, slug: string, input: z.output<typeof backInStockRequestSchema>, client: string) {
  await enforceRateLimits([
    { key: `back-in-stock:${siteId}:email:${input.email}`, limit: 10, windowMs: HOUR },
    { key: `back-in-stock:${siteId}:ip:${client}`, limit: 60, windowMs: HOUR },
  ]);
  const variant = await db().productVariant.findFirst({
    where: { id: input.variantId, active: true, product: { siteId, slug, status: "active" } },
    select: { id: true, inventory: true },
  });
  if (!variant) throw notFound("Variant not found for this product");
  if (variant.inventory > 0) throw new ApiError("conflict", "This option is in stock: add it to your cart instead");
  await db().$executeRaw`
    INSERT INTO "BackInStockAlert" ("siteId", "variantId", email, "createdAt", "updatedAt")
    VALUES (${siteId}, ${variant.id}, ${input.email}, now(), now())
    ON CONFLICT ("variantId", email) DO UPDATE SET "notifiedAt" = NULL, "updatedAt" = now()
    WHERE "BackInStockAlert"."notifiedAt" IS NOT NULL`;
  return { variantId: variant.id, email: input.email, subscribed: true as const };
}
