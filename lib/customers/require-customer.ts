import { ApiError } from "@/lib/api/errors";
import { authenticateSession, type AuthenticatedSession } from "./sessions";

/** The customer session of an "Authorization: Bearer <token>" header on this site, or a 401. */
export async function requireCustomer(request: Request, siteId: number): Promise<AuthenticatedSession> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  const session = match ? await authenticateSession(siteId, match[1]) : null;
  if (!session) throw new ApiError("unauthorized", "Unauthorized");
  return session;
}
