import "server-only";
import { cookies } from "next/headers";
import { secureCookies } from "@/lib/security/cookie-policy";
import { newToken } from "@/lib/security/tokens";
import { CART_SESSION_COOKIE } from "./cart-session-cookie";
import { sessionIdSchema } from "./schemas";

const CART_COOKIE_MAX_AGE = 30 * 24 * 60 * 60;

/** This browser's cart session id from its cookie, or null when it has none (or a malformed one). */
export async function readCartSessionId(): Promise<string | null> {
  const parsed = sessionIdSchema.safeParse((await cookies()).get(CART_SESSION_COOKIE)?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores a cart session id in this browser's cookie. Only server actions and route handlers may
 * set cookies, so pages read with readCartSessionId and writers call this.
 */
export async function setCartSessionId(sessionId: string): Promise<void> {
  (await cookies()).set(CART_SESSION_COOKIE, sessionId, cartSessionCookieOptions());
}

/** How the cart cookie is set: for a route handler that sets it on its own response. */
export function cartSessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: CART_COOKIE_MAX_AGE } as const;
}

/** The cart session id of this browser, made and stored on first use (the first item added). */
export async function ensureCartSessionId(): Promise<string> {
  const existing = await readCartSessionId();
  if (existing) {
    // Renewed on every write, so an active shopper's cart identity does not lapse.
    await setCartSessionId(existing);
    return existing;
  }
  const created = newToken();
  await setCartSessionId(created);
  return created;
}
