import type { NextRequest } from "next/server";
import { requireCustomer } from "@/lib/customers/require-customer";

/** The anonymous designer session cookie (spec: sd_design_session). */
export const DESIGN_SESSION_COOKIE = "sd_design_session";

export type DesignCaller = { customerId: number | null; sessionId: string | null };

/**
 * Who calls a design endpoint: the customer of a Bearer token (a token that names no live
 * session on this site is a 401, not an anonymous call) and the designer session cookie.
 */
export async function designCallerOf(request: NextRequest, siteId: number): Promise<DesignCaller> {
  const customerId = request.headers.has("authorization") ? (await requireCustomer(request, siteId)).customerId : null;
  const cookie = request.cookies.get(DESIGN_SESSION_COOKIE)?.value ?? null;
  const sessionId = cookie && /^[A-Za-z0-9_-]{20,128}$/.test(cookie) ? cookie : null;
  return { customerId, sessionId };
}

/** Whether the caller owns a design row (its customer, or its anonymous session). */
export function ownsDesign(caller: DesignCaller, design: { customerId: number | null; sessionId: string | null }): boolean {
  if (design.customerId !== null) return caller.customerId === design.customerId;
  return design.sessionId !== null && caller.sessionId === design.sessionId;
}
