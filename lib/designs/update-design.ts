import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DesignCaller } from "./design-caller";
import { designSelect, storedLayers, toDesignDto } from "./design-dto";
import { checkLayerSides, chooseStyle, requireDesignableProduct } from "./designable-product";
import { checkLayerAssets } from "./layer-assets";
import { requireOwnedDesign } from "./require-owned-design";
import type { DesignDto, UpdateDesignInput } from "./schemas";

/**
 * Saves changes to an owned design. A finalized design's artwork is what was rendered for print
 * (and may sit in a cart), so its layers, style and overrides no longer change: clone it instead.
 */
export async function updateDesign(siteId: number, caller: DesignCaller, designId: number, input: UpdateDesignInput, origin: string): Promise<DesignDto> {
  const design = await requireOwnedDesign(siteId, caller, designId);
  const changesArtwork = input.layers !== undefined || input.styleId !== undefined || input.styleOverrides !== undefined;
  if (changesArtwork && design.status !== "draft") throw new ApiError("conflict", "A finalized design cannot be changed; clone it to edit");
  const data: Prisma.ProductDesignUncheckedUpdateInput = {};
  if (changesArtwork) {
    const product = await requireDesignableProduct(siteId, design.productId);
    const style = chooseStyle(product, input.styleId ?? design.styleId);
    const layers = input.layers ?? storedLayers((await db().productDesign.findUnique({ where: { id: design.id }, select: { layers: true } }))?.layers);
    checkLayerSides(layers, style);
    await checkLayerAssets(siteId, caller, layers);
    if (input.layers !== undefined) data.layers = input.layers;
    if (input.styleId !== undefined) data.styleId = style?.id ?? null;
    if (input.styleOverrides !== undefined) data.styleOverrides = input.styleOverrides as Prisma.InputJsonObject;
  }
  if (input.name !== undefined) data.name = input.name;
  if (input.description !== undefined) data.description = input.description;
  if (input.thumbnailUrl !== undefined) data.thumbnailUrl = input.thumbnailUrl;
  const row = await db().productDesign.update({ where: { id: design.id }, data, select: designSelect });
  return toDesignDto(row, origin);
}

/** Soft delete: the row stays for carts and orders that point at it, but no call finds it again. */
export async function deleteDesign(siteId: number, caller: DesignCaller, designId: number) {
  const design = await requireOwnedDesign(siteId, caller, designId);
  await db().productDesign.update({ where: { id: design.id }, data: { deletedAt: new Date(), isPublic: false } });
  return { id: design.id, deleted: true as const };
}

/** One owned design, in full. */
export async function getDesign(siteId: number, caller: DesignCaller, designId: number, origin: string): Promise<DesignDto> {
  const design = await requireOwnedDesign(siteId, caller, designId);
  const row = await db().productDesign.findUniqueOrThrow({ where: { id: design.id }, select: designSelect });
  return toDesignDto(row, origin);
}
