"use server";

import { redirect } from "next/navigation";
import { changeSubscription } from "@/lib/subscriptions/change-subscription";
import { subscriptionActionSchema, type SubscriptionAction } from "@/lib/subscriptions/schemas";
import { formResult, optionalText, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const numberOrAbsent = (formData: FormData, name: string) => {
  const value = optionalText(formData, name);
  return value === null ? undefined : /^\d{1,10}$/.test(value) ? Number(value) : value;
};

/**
 * One action on one of the signed-in customer's subscriptions, from its page's forms; the domain
 * checks it is theirs and that its state allows the action. On success the page shows the new
 * state with a notice of what was done.
 */
export async function changeSubscriptionAction(siteId: number, subscriptionId: number, action: SubscriptionAction, _state: FormState, formData: FormData): Promise<FormState> {
  const path = `/account/subscriptions/${subscriptionId}`;
  const { shop, customerId } = await actingMember(siteId, path);
  const result = await formResult(
    async () => {
      const input = parseForm(subscriptionActionSchema, {
        action,
        reason: optionalText(formData, "reason") ?? undefined,
        effective: optionalText(formData, "effective") ?? undefined,
        planId: numberOrAbsent(formData, "planId"),
        quantity: numberOrAbsent(formData, "quantity"),
      });
      await changeSubscription(shop.siteId, customerId, subscriptionId, input);
      return "Done.";
    },
    { reason: "Reason", planId: "Plan", quantity: "Quantity", effective: "When" },
  );
  if (result?.ok) redirect(shop.href(`${path}?notice=${action}`));
  return result;
}
