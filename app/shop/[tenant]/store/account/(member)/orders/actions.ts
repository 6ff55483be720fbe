"use server";

import { redirect } from "next/navigation";
import { ApiError } from "@/lib/api/errors";
import { cancelOrderByCustomer, cancelOrderSchema } from "@/lib/account/cancel-order";
import { createReturnSchema, requestReturn } from "@/lib/account/returns";
import { formResult, optionalText, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const orderPath = (orderNumber: string) => `/account/orders/${encodeURIComponent(orderNumber)}`;

/** Cancels one of the signed-in customer's orders with the reason given (the domain checks it is theirs and not shipped). */
export async function cancelOrderAction(siteId: number, orderNumber: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, orderPath(orderNumber));
  const result = await formResult(
    async () => {
      const { reason } = parseForm(cancelOrderSchema, { reason: optionalText(formData, "reason") ?? "" });
      await cancelOrderByCustomer(shop.siteId, customerId, orderNumber, reason);
      return "Cancelled.";
    },
    { reason: "Reason" },
  );
  // The form goes with the order's new status, so the page itself says it worked.
  if (result?.ok) redirect(shop.href(`${orderPath(orderNumber)}?notice=cancelled`));
  return result;
}

/** Asks to return items of a delivered order: quantities come as qty-{orderItemId}; zero leaves a line out. */
export async function requestReturnAction(siteId: number, orderNumber: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, `${orderPath(orderNumber)}/return`);
  const result = await formResult(
    async () => {
      const items = [];
      for (const [key, value] of formData) {
        const id = /^qty-(\d{1,10})$/.exec(key)?.[1];
        if (!id) continue;
        const quantity = typeof value === "string" && /^\d{1,4}$/.test(value.trim()) ? Number(value) : null;
        if (quantity === null) throw new ApiError("validation_error", "Quantities must be whole numbers from 0.");
        if (quantity > 0) items.push({ orderItemId: Number(id), quantity });
      }
      if (items.length === 0) throw new ApiError("validation_error", "Choose how many of at least one item to return.");
      const input = parseForm(createReturnSchema, { items, reason: optionalText(formData, "reason") ?? "", resolution: formData.get("resolution") });
      await requestReturn(shop.siteId, customerId, orderNumber, input);
      return "Return requested.";
    },
    { reason: "Reason", resolution: "Refund or replacement" },
  );
  if (result?.ok) redirect(shop.href("/account/returns?notice=requested"));
  return result;
}
