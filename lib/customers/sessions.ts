import { db } from "@/lib/db";
import { newToken, tokenDigest } from "@/lib/security/tokens";

// Customer sessions: opaque 256-bit bearer tokens, stored only as SHA-256 digests. A session lapses
// after SESSION_IDLE_MS without use (sliding: each use moves it on) and in any case
// SESSION_ABSOLUTE_MS after sign-in.
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
// Renew at most this often, so reads do not turn every request into a write.
const RENEW_AFTER_MS = 60 * 60 * 1000;

export type SessionClient = { userAgent?: string | null; ipAddress?: string | null };

export async function createSession(customerId: number, client: SessionClient = {}, now = new Date()): Promise<string> {
  const token = newToken();
  await db().customerSession.create({
    data: {
      customerId,
      tokenHash: tokenDigest(token),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ipAddress: client.ipAddress ?? null,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
  });
  return token;
}

export type AuthenticatedSession = { sessionId: number; customerId: number };

/** The live session a bearer token names on this site, renewed as it is used; null otherwise. */
export async function authenticateSession(siteId: number, token: string, now = new Date()): Promise<AuthenticatedSession | null> {
  if (token.length < 20 || token.length > 200) return null;
  const session = await db().customerSession.findUnique({
    where: { tokenHash: tokenDigest(token) },
    select: { id: true, customerId: true, lastUsedAt: true, expiresAt: true, absoluteExpiresAt: true, customer: { select: { siteId: true } } },
  });
  if (!session || session.customer.siteId !== siteId || session.expiresAt <= now || session.absoluteExpiresAt <= now) return null;
  if (now.getTime() - session.lastUsedAt.getTime() > RENEW_AFTER_MS) {
    const slid = Math.min(now.getTime() + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime());
    await db().customerSession.update({ where: { id: session.id }, data: { lastUsedAt: now, expiresAt: new Date(slid) } });
  }
  return { sessionId: session.id, customerId: session.customerId };
}

export async function endSession(sessionId: number) {
  await db().customerSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a customer but one (after a password change), or all of them. */
export async function endOtherSessions(customerId: number, keepSessionId: number | null = null) {
  await db().customerSession.deleteMany({ where: { customerId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
}

/** Ends the session a token names (signing out of the shop, where only the token is at hand). */
export async function endSessionByToken(token: string) {
  await db().customerSession.deleteMany({ where: { tokenHash: tokenDigest(token) } });
}
