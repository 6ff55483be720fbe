"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { getGuestOrder } from "@/lib/orders/get-guest-order";
import { grantOrderAccess } from "@/lib/orders/order-access-cookie";
import { clientAddress } from "@/lib/security/client-address";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";

export type LookupState = { message: string; values: { orderNumber: string; email: string } } | null;

const lookupSchema = z.object({
  orderNumber: z.string().trim().min(1).max(64),
  email: z.string().trim().min(1).max(254),
});

// One message for an unknown number, a wrong email and a malformed one, as the API answers one 404.
const NOT_FOUND = "We couldn’t find an order with that order number and email address. Check both and try again.";

/**
 * Guest order lookup (lib/orders/get-guest-order.ts: counted, rate-limited, constant work). A
 * match lets this browser open the order's page for a while, which shows it with its timeline.
 */
export async function lookupOrderAction(siteId: number, _state: LookupState, formData: FormData): Promise<LookupState> {
  const shop = await shopFromAction(siteId);
  const field = (name: string) => (formData instanceof FormData ? String(formData.get(name) ?? "") : "");
  const values = { orderNumber: field("orderNumber").slice(0, 64), email: field("email").slice(0, 254) };
  const parsed = lookupSchema.safeParse(values);
  if (!parsed.success) return { message: "Enter the order number and the email address you ordered with.", values };

  let orderNumber: string;
  try {
    const email = z.email().safeParse(parsed.data.email);
    const order = await getGuestOrder({
      siteId: shop.siteId,
      orderNumber: parsed.data.orderNumber,
      email: email.success ? email.data : null,
      clientAddress: clientAddress({ headers: await headers() }),
    });
    orderNumber = order.orderNumber;
  } catch (error) {
    if (error instanceof ApiError) return { message: error.code === "not_found" ? NOT_FOUND : error.message, values };
    throw error;
  }
  await grantOrderAccess(shop.siteId, orderNumber);
  redirect(shop.href(`/order/${encodeURIComponent(orderNumber)}`));
}
