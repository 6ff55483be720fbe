import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { DesignCaller } from "../design-caller";
import { storedLayers } from "../design-dto";
import { sidesOfDesign } from "../designable-product";
import { requireOwnedDesign } from "../require-owned-design";
import type { DesignAssetDto } from "../schemas";
import { saveDesignAsset } from "../uploads/save-design-asset";
import { limitRenders, renderSide, shrink, siteImageLoader } from "./render-design";

const THUMBNAIL_EDGE = 600;

/**
 * A flat PNG of one side (the one asked for, else the first with artwork, else the first) from
 * the saved layers over its mockup, kept as a `thumbnail` asset and as the design's thumbnailUrl.
 */
export async function generateThumbnail(siteId: number, caller: DesignCaller, input: { designId: number; side?: string }, origin: string) {
  const owned = await requireOwnedDesign(siteId, caller, input.designId);
  const { layers: stored } = await db().productDesign.findUniqueOrThrow({ where: { id: owned.id }, select: { layers: true } });
  const layers = storedLayers(stored);
  const sides = await sidesOfDesign(siteId, owned);
  const side = input.side ? sides.find((s) => s.slug === input.side) : (sides.find((s) => layers.some((l) => l.side === s.slug)) ?? sides[0]);
  if (!side) throw new ApiError("validation_error", input.side ? `side: no side "${input.side}" on this product` : "The design's product has no sides to render");
  await limitRenders(siteId, owned.id);
  // Thumbnails need no print resolution: draw at the mockup's own scale.
  const { mockup } = await renderSide(side, layers, siteImageLoader(siteId), 1);
  const image = await shrink(mockup.body, THUMBNAIL_EDGE);
  const asset: DesignAssetDto = await saveDesignAsset({
    siteId,
    designId: owned.id,
    owner: { customerId: owned.customerId, sessionId: owned.sessionId },
    kind: "thumbnail",
    name: side.slug,
    image: { ...image, mimeType: "image/png", extension: "png" },
    origin,
  });
  const { url } = await db().designAsset.findUniqueOrThrow({ where: { id: asset.id }, select: { url: true } });
  await db().productDesign.update({ where: { id: owned.id }, data: { thumbnailUrl: url } });
  return { ...asset, thumbnailUrl: asset.url, side: side.slug };
}
