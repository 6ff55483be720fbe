"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createSupportMessage, createSupportMessageSchema, replyToSupportThread, supportReplyInputSchema } from "@/lib/account/support";
import { formResult, optionalText, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const labels = { subject: "Subject", body: "Message", category: "Topic", orderId: "Order" };

/** Opens a thread; an order it names must be the customer's own (the domain checks). */
export async function openThreadAction(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, "/account/support/new");
  let threadId = 0;
  const result = await formResult(async () => {
    const order = optionalText(formData, "orderId");
    const input = parseForm(createSupportMessageSchema, {
      subject: optionalText(formData, "subject") ?? "",
      body: optionalText(formData, "body") ?? "",
      category: optionalText(formData, "category") ?? undefined,
      orderId: order && /^\d{1,10}$/.test(order) ? Number(order) : null,
    });
    threadId = (await createSupportMessage(shop.siteId, customerId, input)).id;
    return "Sent.";
  }, labels);
  if (result?.ok) redirect(shop.href(`/account/support/${threadId}?notice=opened`));
  return result;
}

export async function replyAction(siteId: number, messageId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, `/account/support/${messageId}`);
  return formResult(async () => {
    const { body } = parseForm(supportReplyInputSchema, { body: optionalText(formData, "body") ?? "" });
    await replyToSupportThread(shop.siteId, customerId, messageId, body);
    refresh();
    return "Reply sent.";
  }, labels);
}
