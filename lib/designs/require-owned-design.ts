import { ApiError, notFound } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { ownsDesign, type DesignCaller } from "./design-caller";

/**
 * A live (not deleted) new-designer design of this site that the caller owns: 404 when there is
 * none, 403 when it is someone else's (the spec's answer for designs).
 */
export async function requireOwnedDesign(siteId: number, caller: DesignCaller, designId: number) {
  const design = await db().productDesign.findFirst({
    where: { id: designId, siteId, deletedAt: null },
    select: { id: true, siteId: true, productId: true, styleId: true, customerId: true, sessionId: true, status: true },
  });
  if (!design) throw notFound("Design not found");
  if (!ownsDesign(caller, design)) throw new ApiError("forbidden", "You do not have access to this design");
  return design;
}
