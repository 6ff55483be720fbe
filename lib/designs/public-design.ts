import { notFound } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { designSelect, legacyDesignSelect, toDesignDto, toLegacyDesignDto } from "./design-dto";
import type { DesignDto, LegacyDesignDto } from "./schemas";

/** A shared design by its uuid (either designer); 404 when it is not public, as when it is absent. */
export async function getPublicDesign(siteId: number, uuid: string, origin: string): Promise<DesignDto | LegacyDesignDto> {
  const design = await db().productDesign.findFirst({ where: { uuid, siteId, deletedAt: null, isPublic: true }, select: designSelect });
  if (design) return toDesignDto(design, origin);
  const legacy = await db().legacyDesign.findFirst({ where: { id: uuid, siteId, isPublic: true }, select: legacyDesignSelect });
  if (legacy) return toLegacyDesignDto(legacy);
  throw notFound("Design not found");
}

/** A shared new-designer design with its product, for the shop's share page; null when not shared. */
export async function getSharedDesignPreview(siteId: number, uuid: string) {
  return db().productDesign.findFirst({
    where: { uuid, siteId, deletedAt: null, isPublic: true, product: { status: "active" } },
    select: { id: true, name: true, previewUrl: true, thumbnailUrl: true, product: { select: { name: true, slug: true } } },
  });
}
