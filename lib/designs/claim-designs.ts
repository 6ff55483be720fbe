import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";

/**
 * Moves everything an anonymous designer session made on this site (designs of both designers
 * and uploaded assets) to the signed-in customer, in one transaction. `customerId` must be the
 * caller's own; a session already claimed (or unknown) simply moves nothing. `sessionKey` is the
 * session's stored key (designSessionKey).
 */
export async function claimDesigns(siteId: number, input: { sessionKey: string; customerId: number }, callerCustomerId: number) {
  if (input.customerId !== callerCustomerId) throw new ApiError("forbidden", "customerId must be the signed-in customer's id");
  const anonymous = { siteId, sessionId: input.sessionKey, customerId: null };
  const [designs, legacyDesigns, assets] = await db().$transaction([
    db().productDesign.updateMany({ where: anonymous, data: { customerId: callerCustomerId, sessionId: null } }),
    db().legacyDesign.updateMany({ where: anonymous, data: { customerId: callerCustomerId, sessionId: null } }),
    db().designAsset.updateMany({ where: anonymous, data: { customerId: callerCustomerId, sessionId: null } }),
  ]);
  return { claimed: designs.count + legacyDesigns.count, designs: designs.count, legacyDesigns: legacyDesigns.count, assets: assets.count };
}

/** How many live designs the anonymous session (by its stored key) holds, for the "log in to keep them" prompt. */
export async function countAnonymousDesigns(siteId: number, sessionKey: string | null): Promise<number> {
  if (!sessionKey) return 0;
  const where = { siteId, sessionId: sessionKey, customerId: null };
  const [designs, legacy] = await Promise.all([db().productDesign.count({ where: { ...where, deletedAt: null } }), db().legacyDesign.count({ where })]);
  return designs + legacy;
}
