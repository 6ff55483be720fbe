import { ApiError, notFound } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownsDesign, type DesignCaller } from "./design-caller";
import { designSelect, toDesignDto } from "./design-dto";
import { requireDesignableProduct } from "./designable-product";
import type { DesignDto } from "./schemas";

/**
 * A draft copy, owned by `owner`, of a design the caller may read: its own, a public one or a
 * template of this site. Someone else's private design answers 403, as the other design calls do.
 */
export async function cloneDesign(siteId: number, caller: DesignCaller, owner: DesignCaller, designId: number, name: string | undefined, origin: string): Promise<DesignDto> {
  const source = await db().productDesign.findFirst({ where: { id: designId, siteId, deletedAt: null }, select: designSelect });
  if (!source) throw notFound("Design not found");
  if (!source.isPublic && !source.isTemplate && !ownsDesign(caller, source)) throw new ApiError("forbidden", "You do not have access to this design");
  await requireDesignableProduct(siteId, source.productId);
  const row = await db().productDesign.create({
    data: {
      siteId,
      productId: source.productId,
      styleId: source.styleId,
      customerId: owner.customerId,
      sessionId: owner.sessionId,
      name: name ?? (source.isTemplate ? source.name : `${source.name} (copy)`.slice(0, 120)),
      description: source.description,
      layers: source.layers as Prisma.InputJsonValue,
      styleOverrides: source.styleOverrides as Prisma.InputJsonValue,
      thumbnailUrl: source.thumbnailUrl,
    },
    select: designSelect,
  });
  return toDesignDto(row, origin);
}
