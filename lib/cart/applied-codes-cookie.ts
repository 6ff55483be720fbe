import { z } from "zod";

/**
 * Discount and gift-certificate codes the shopper applied on the cart page, carried to the
 * checkout page. Per site, since a code belongs to one shop. The codes are validated again when
 * the order is placed, so the cookie only remembers what was typed.
 */
export const appliedCodesCookie = (siteId: number) => `sf_codes_${siteId}`;

const appliedCodesSchema = z.object({
  discountCode: z.string().trim().min(1).max(64).optional().catch(undefined),
  giftCertificateCode: z.string().trim().min(1).max(64).optional().catch(undefined),
});

export type AppliedCodes = z.infer<typeof appliedCodesSchema>;

/** The cookie's value as codes; anything unreadable counts as none. */
export function parseAppliedCodes(raw: string | undefined): AppliedCodes {
  if (!raw) return {};
  try {
    return appliedCodesSchema.parse(JSON.parse(raw));
  } catch {
    return {};
  }
}
