"use server";

import { refresh } from "next/cache";
import { notificationPreferencesSchema, updateNotificationPreferences } from "@/lib/account/notification-preferences";
import { checked, formResult, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const KINDS = ["transactional", "promotional", "newsletter"] as const;


/** Saves every checkbox of the form: an unticked box is a channel turned off. */
export async function savePreferences(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { customerId } = await actingMember(siteId, "/account/notifications");
  return formResult(async () => {
    const choice = (kind: string) => ({ email: checked(formData, `${kind}.email`), sms: checked(formData, `${kind}.sms`) });
    const input = parseForm(notificationPreferencesSchema, Object.fromEntries(KINDS.map((kind) => [kind, choice(kind)])));
    await updateNotificationPreferences(customerId, input);
    refresh();
    return "Your notification preferences have been saved.";
  });
}
