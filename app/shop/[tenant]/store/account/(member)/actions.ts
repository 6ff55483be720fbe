"use server";

import { refresh } from "next/cache";
import { resendEmailVerification } from "@/lib/customers/email-verification";
import { updateCustomerProfile, updateProfileSchema } from "@/lib/customers/update-customer-profile";
import { formResult, optionalText, parseForm, type FormState } from "../_lib/form-state";
import { actingMember } from "../_lib/member";

const labels = { firstName: "First name", lastName: "Last name", phone: "Phone" };

/** Saves the signed-in customer's name and phone; nothing else of the profile is taken from the form. */
export async function saveProfile(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, "/account");
  return formResult(async () => {
    const input = parseForm(updateProfileSchema.pick({ firstName: true, lastName: true, phone: true }), {
      firstName: optionalText(formData, "firstName"),
      lastName: optionalText(formData, "lastName"),
      phone: optionalText(formData, "phone"),
    });
    await updateCustomerProfile(shop.siteId, customerId, input);
    refresh();
    return "Your details have been saved.";
  }, labels);
}

/** Mails a fresh link to confirm the customer's email (rate limited by the domain). */
export async function resendVerification(siteId: number): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, "/account");
  return formResult(async () => {
    const { alreadyVerified } = await resendEmailVerification(shop, customerId);
    if (alreadyVerified) refresh();
    return alreadyVerified ? "Your email is already confirmed." : "We sent a new link. It works once, within 24 hours.";
  });
}
