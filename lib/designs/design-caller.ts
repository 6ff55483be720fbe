import type { NextRequest, NextResponse } from "next/server";
import { requireCustomer } from "@/lib/customers/require-customer";
import { secureCookies } from "@/lib/security/cookie-policy";
import { newToken, tokenDigest } from "@/lib/security/tokens";
import { DESIGN_SESSION_PATTERN } from "./schemas";

/** The anonymous designer session cookie (spec: sd_design_session). */
export const DESIGN_SESSION_COOKIE = "sd_design_session";
const DESIGN_SESSION_MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

/**
 * `sessionId` is the designer session's stored key: the SHA-256 digest of the cookie (or legacy
 * `sessionId`) value, so a database read never yields a value that opens someone's designs.
 */
export type DesignCaller = { customerId: number | null; sessionId: string | null };

/** The stored key of a designer session value; null for a value that is not a session id. */
export function designSessionKey(value: string | null | undefined): string | null {
  return value && DESIGN_SESSION_PATTERN.test(value) ? tokenDigest(value) : null;
}

/**
 * Who calls a design endpoint: the customer of a Bearer token (a token that names no live
 * session on this site is a 401, not an anonymous call) and the designer session cookie.
 */
export async function designCallerOf(request: NextRequest, siteId: number): Promise<DesignCaller> {
  const customerId = request.headers.has("authorization") ? (await requireCustomer(request, siteId)).customerId : null;
  return { customerId, sessionId: designSessionKey(request.cookies.get(DESIGN_SESSION_COOKIE)?.value) };
}

/** Whether the caller owns a design row (its customer, or its anonymous session). */
export function ownsDesign(caller: DesignCaller, design: { customerId: number | null; sessionId: string | null }): boolean {
  if (design.customerId !== null) return caller.customerId === design.customerId;
  return design.sessionId !== null && caller.sessionId === design.sessionId;
}

/**
 * The identity a new design is saved under: the customer, else the cookie's session, else a
 * new anonymous session (`minted`), which the answer must then set as the cookie.
 */
export function ownerForNewDesign(caller: DesignCaller): { owner: DesignCaller; minted: string | null } {
  if (caller.customerId !== null) return { owner: { customerId: caller.customerId, sessionId: null }, minted: null };
  if (caller.sessionId) return { owner: { customerId: null, sessionId: caller.sessionId }, minted: null };
  const minted = newToken();
  return { owner: { customerId: null, sessionId: tokenDigest(minted) }, minted };
}

/** How the designer session cookie is set: HttpOnly, SameSite=Lax, Secure per the deployment. */
export function designSessionCookieOptions() {
  return { httpOnly: true, secure: secureCookies(), sameSite: "lax", path: "/", maxAge: DESIGN_SESSION_MAX_AGE_SECONDS } as const;
}

/** Sets the designer session cookie on an API answer. */
export function setDesignSessionCookie(response: NextResponse, sessionId: string): NextResponse {
  response.cookies.set(DESIGN_SESSION_COOKIE, sessionId, designSessionCookieOptions());
  return response;
}

/** The caller with a legacy `sessionId` fallback (query or body) when no cookie came along. */
export function withSessionFallback(caller: DesignCaller, sessionId: string | undefined): DesignCaller {
  return caller.sessionId || !sessionId ? caller : { ...caller, sessionId: designSessionKey(sessionId) };
}
