"use server";

import { z } from "zod";
import { verifyEmail } from "@/lib/customers/email-verification";
import { formResult, parseForm, type FormState } from "../_lib/form-state";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";

const verifyFormSchema = z.object({ token: z.string().trim().min(1, { error: "token is required" }).max(200) });

/** Spends the e-mailed token; the customer need not be signed in on this device. */
export async function verifyEmailAction(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const shop = await shopFromAction(siteId);
  const result = await formResult(
    async () => {
      const input = parseForm(verifyFormSchema, { token: formData.get("token") ?? "" });
      await verifyEmail(shop.siteId, input.token);
      return "Your email is confirmed. Orders you placed as a guest with it now appear in your account.";
    },
    { token: "The confirmation link" },
  );
  if (result?.message === "Invalid or expired verification token") {
    return { ok: false, message: "This confirmation link has expired or was already used. Sign in and ask for a new one from My Account." };
  }
  return result;
}
