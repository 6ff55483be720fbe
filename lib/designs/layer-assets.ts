import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DesignCaller } from "./design-caller";
import type { DesignLayer } from "./schemas";

/**
 * The image assets of this site a caller may draw: its own uploads and AI images, and those of
 * designs it owns or may clone (public ones and templates). Asset ids are sequential, and a
 * rendered thumbnail or print file would otherwise hand anyone another shopper's private upload.
 */
function usableAssetsWhere(siteId: number, caller: DesignCaller): Prisma.DesignAssetWhereInput {
  const owners: { customerId: number | null; sessionId?: string }[] = [];
  if (caller.customerId !== null) owners.push({ customerId: caller.customerId });
  if (caller.sessionId) owners.push({ customerId: null, sessionId: caller.sessionId });
  const designs: Prisma.ProductDesignWhereInput[] = [{ isPublic: true }, { isTemplate: true }, ...owners];
  return { siteId, OR: [...owners, { design: { deletedAt: null, OR: designs } }] };
}

/** Every image layer draws an image asset the caller may use (the renderer reads nothing else). */
export async function checkLayerAssets(siteId: number, caller: DesignCaller, layers: DesignLayer[]) {
  const ids = [...new Set(layers.flatMap((layer) => (layer.type === "image" ? [layer.assetId] : [])))];
  if (ids.length === 0) return;
  const found = await db().designAsset.findMany({ where: { AND: [usableAssetsWhere(siteId, caller), { id: { in: ids }, kind: { in: ["upload", "ai_image"] } }] }, select: { id: true } });
  const known = new Set(found.map((a) => a.id));
  const index = layers.findIndex((layer) => layer.type === "image" && !known.has(layer.assetId));
  if (index >= 0) throw new ApiError("validation_error", `layers.${index}.assetId: no such image on this site`);
}
