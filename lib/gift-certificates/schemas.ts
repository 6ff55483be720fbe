import { z } from "zod";
import { cents } from "@/lib/api/schemas";
import { codeSchema } from "@/lib/discounts/schemas";

export const validateGiftCertificateSchema = z.object({
  code: codeSchema("gift certificate").meta({ description: "Gift certificate code (case-insensitive)" }),
});

export const giftCertificateValidationSchema = z
  .object({
    code: z.string(),
    remainingAmount: cents("Balance left to spend"),
    status: z.enum(["active", "redeemed", "disabled", "expired"]),
  })
  .meta({ id: "GiftCertificateValidation" });

export type GiftCertificateValidation = z.infer<typeof giftCertificateValidationSchema>;
