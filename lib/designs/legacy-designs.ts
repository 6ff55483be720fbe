import { ApiError, notFound } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownsDesign, type DesignCaller } from "./design-caller";
import { legacyDesignSelect, toLegacyDesignDto } from "./design-dto";
import type { LegacyDesignDto, UpdateLegacyDesignInput } from "./schemas";

// Designs of the legacy designer, addressed by their UUID. The caller is the Bearer customer or
// the session of the cookie, or of the `sessionId` the legacy client sends instead of a cookie.

async function requireOwnedLegacyDesign(siteId: number, caller: DesignCaller, id: string) {
  const design = await db().legacyDesign.findFirst({ where: { id, siteId }, select: legacyDesignSelect });
  if (!design) throw notFound("Design not found");
  if (!ownsDesign(caller, design)) throw new ApiError("forbidden", "You do not have access to this design");
  return design;
}

export async function getLegacyDesign(siteId: number, caller: DesignCaller, id: string): Promise<LegacyDesignDto> {
  return toLegacyDesignDto(await requireOwnedLegacyDesign(siteId, caller, id));
}

export async function updateLegacyDesign(siteId: number, caller: DesignCaller, id: string, input: UpdateLegacyDesignInput): Promise<LegacyDesignDto> {
  await requireOwnedLegacyDesign(siteId, caller, id);
  const data: Prisma.LegacyDesignUpdateInput = {};
  if (input.name !== undefined) data.name = input.name;
  if (input.layersBySurface !== undefined) data.layersBySurface = input.layersBySurface as Prisma.InputJsonObject;
  if (input.canvasSize !== undefined) data.canvasSize = input.canvasSize;
  if (input.status !== undefined) data.status = input.status;
  return toLegacyDesignDto(await db().legacyDesign.update({ where: { id }, data, select: legacyDesignSelect }));
}

/** Legacy designs are deleted outright, as the legacy designer did; cart lines drop the link. */
export async function deleteLegacyDesign(siteId: number, caller: DesignCaller, id: string) {
  await requireOwnedLegacyDesign(siteId, caller, id);
  await db().legacyDesign.delete({ where: { id } });
  return { id, deleted: true as const };
}

export async function shareLegacyDesign(siteId: number, caller: DesignCaller, id: string, isPublic: boolean): Promise<LegacyDesignDto> {
  await requireOwnedLegacyDesign(siteId, caller, id);
  return toLegacyDesignDto(await db().legacyDesign.update({ where: { id }, data: { isPublic }, select: legacyDesignSelect }));
}
