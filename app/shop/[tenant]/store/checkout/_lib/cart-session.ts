import { cookies } from "next/headers";
import { CART_SESSION_COOKIE } from "@/lib/cart/cart-session-cookie";
import { appliedCodesCookie, parseAppliedCodes } from "@/lib/cart/applied-codes-cookie";

/** This browser's cart sessionId (the cart page sets it), or null before anything was added. */
export async function cartSessionId(): Promise<string | null> {
  const value = (await cookies()).get(CART_SESSION_COOKIE)?.value?.trim();
  return value && value.length <= 128 ? value : null;
}

/** The codes applied on the cart page, to prefill checkout's fields. */
export async function appliedCodes(siteId: number) {
  return parseAppliedCodes((await cookies()).get(appliedCodesCookie(siteId))?.value);
}
