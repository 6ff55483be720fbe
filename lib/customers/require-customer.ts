import { ApiError } from "@/lib/api/errors";
import { authenticateSession, type AuthenticatedSession } from "./sessions";

/** The token of an "Authorization: Bearer <token>" header; null when absent or malformed. */
export function bearerToken(request: Request): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null;
}

/** The customer session of an "Authorization: Bearer <token>" header on this site, or a 401. */
export async function requireCustomer(request: Request, siteId: number): Promise<AuthenticatedSession> {
  const session = await optionalCustomer(request, siteId);
  if (!session) throw new ApiError("unauthorized", "Unauthorized");
  return session;
}

/** The customer session of an "Authorization: Bearer <token>" header on this site; null when there is none or it is not live. */
export async function optionalCustomer(request: Request, siteId: number): Promise<AuthenticatedSession | null> {
  const token = bearerToken(request);
  return token ? authenticateSession(siteId, token) : null;
}
