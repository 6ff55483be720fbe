"use server";

import { afterResponse } from "@/lib/api/after-response";
import { requestPasswordReset } from "@/lib/customers/password-reset";
import { emailSchema } from "@/lib/customers/schemas";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import type { FormState } from "../_lib/form-state";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";

const SAME_ANSWER = "If an account exists for this email, a link to choose a new password is on its way. It works once, within an hour.";
const HOUR_MS = 60 * 60 * 1000;

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account, and
 * the e-mail goes out after the response so the timing tells nothing either. A few requests an
 * hour per address are sent; more are silently dropped, so the form cannot flood an inbox.
 */
export async function forgotPasswordAction(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const shop = await shopFromAction(siteId);
  const email = emailSchema.safeParse(formData.get("email") ?? "");
  if (!email.success) return { ok: false, message: "Enter the email address of your account." };
  afterResponse(async () => {
    const { allowed } = await consumeRateLimit({ key: `password-reset-form:${shop.siteId}:${email.data}`, limit: 5, windowMs: HOUR_MS });
    if (allowed) await requestPasswordReset(shop, email.data);
  });
  return { ok: true, message: SAME_ANSWER };
}
