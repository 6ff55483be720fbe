"use server";

import { ApiError } from "@/lib/api/errors";
import { changePassword, changePasswordSchema } from "@/lib/account/change-password";
import { formResult, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const labels = { currentPassword: "Current password", newPassword: "New password" };
const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/**
 * Changes the password of the signed-in customer. The domain keeps this browser's session and
 * ends every other one, so the shopper stays signed in here and nowhere else.
 */
export async function changePasswordAction(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { customerId, sessionId } = await actingMember(siteId, "/account/password");
  return formResult(async () => {
    const input = parseForm(changePasswordSchema, { currentPassword: field(formData, "currentPassword"), newPassword: field(formData, "newPassword") });
    if (input.newPassword !== field(formData, "confirmPassword")) throw new ApiError("validation_error", "The new passwords do not match");
    await changePassword(customerId, sessionId, input);
    return "Your password has been changed. You stay signed in here; every other device has been signed out.";
  }, { ...labels, password: "New password" });
}
