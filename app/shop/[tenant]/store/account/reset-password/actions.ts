"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { resetPassword } from "@/lib/customers/password-reset";
import { passwordSchema } from "@/lib/customers/schemas";
import { formResult, parseForm, type FormState } from "../_lib/form-state";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";

const resetFormSchema = z.object({ token: z.string().trim().min(1, { error: "token is required" }).max(200), password: passwordSchema });

/**
 * Spends the e-mailed token and sets the new password. The domain ends every session of the
 * account, this browser's too, so the shopper is sent to sign in with the new password.
 */
export async function resetPasswordAction(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const shop = await shopFromAction(siteId);
  const result = await formResult(
    async () => {
      const field = (name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : "");
      const input = parseForm(resetFormSchema, { token: field("token"), password: field("password") });
      if (input.password !== field("confirmPassword")) throw new ApiError("validation_error", "The passwords do not match");
      await resetPassword(shop.siteId, input.token, input.password);
      return "Reset.";
    },
    { password: "Password", token: "The reset link" },
  );
  if (result?.ok) redirect(shop.href("/account/sign-in?notice=password-reset"));
  if (result?.message === "Invalid or expired reset token") {
    return { ok: false, message: "This reset link has expired or was already used. Ask for a new one below." };
  }
  return result;
}
