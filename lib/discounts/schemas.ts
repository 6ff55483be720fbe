import { z } from "zod";
import { cents } from "@/lib/api/schemas";

export const codeSchema = (label: string) =>
  z
    .string({ error: "code is required" })
    .trim()
    .min(1, { error: "code is required" })
    .max(64, { error: `code is too long for a ${label}` });

export const validateDiscountSchema = z.object({
  code: codeSchema("discount code"),
  subtotal: z
    .number({ error: "subtotal must be a whole number of cents" })
    .int({ error: "subtotal must be a whole number of cents" })
    .min(0, { error: "subtotal must be a whole number of cents" })
    .max(100_000_000)
    .optional()
    .meta({ description: "Cart subtotal in cents; enables discountAmount in the answer" }),
});

export const DISCOUNT_TYPES = ["percent", "fixed_amount", "free_shipping"] as const;

export const discountValidationSchema = z
  .object({
    code: z.string(),
    description: z.string().nullable(),
    discountType: z.enum(DISCOUNT_TYPES),
    amount: z.number().int().meta({ description: "Basis points for percent (2000 = 20%), cents for fixed_amount, 0 for free_shipping" }),
    minOrderAmount: cents("Minimum subtotal").nullable(),
    discountAmount: cents("Discount on the given subtotal (0 for free_shipping: it applies to shipping); null without a subtotal").nullable(),
  })
  .meta({ id: "DiscountValidation" });

export type DiscountValidation = z.infer<typeof discountValidationSchema>;
