import sharp from "sharp";
import { db } from "@/lib/db";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import { objectStorage } from "@/lib/storage/object-storage";
import type { DesignSide } from "../designable-product";
import type { DesignLayer } from "../schemas";
import { renderArtwork, type ImageLoader } from "./draw-layers";
import { composeOnMockup } from "./mockup";

/** The longer edge of a print file: 8 inches at 300 dpi. */
export const PRINT_LONG_EDGE_PX = 2400;
const RENDERS_PER_HOUR = 30;

/** Image layers draw the stored file of an asset of this site, nothing else. */
export function siteImageLoader(siteId: number): ImageLoader {
  return async (assetId) => {
    const asset = await db().designAsset.findFirst({ where: { id: assetId, siteId }, select: { storageKey: true } });
    return asset ? ((await objectStorage().get(asset.storageKey))?.body ?? null) : null;
  };
}

/** Rendering is the costly call: 30 an hour per design. */
export async function limitRenders(siteId: number, designId: number) {
  await enforceRateLimits([{ key: `designs:render:${siteId}:${designId}`, limit: RENDERS_PER_HOUR, windowMs: 60 * 60 * 1000 }], "Too many renders of this design; try again later");
}

export const printScaleOf = (side: DesignSide) => Math.min(12, Math.max(1, PRINT_LONG_EDGE_PX / Math.max(side.printAreaWidth, side.printAreaHeight)));

/** One side at print resolution and over its mockup. */
export async function renderSide(side: DesignSide, layers: DesignLayer[], loadImage: ImageLoader, scale = printScaleOf(side)) {
  const sideLayers = layers.filter((layer) => layer.side === side.slug);
  const artwork = await renderArtwork(sideLayers, { width: side.printAreaWidth, height: side.printAreaHeight }, scale, loadImage);
  const { width = 1, height = 1 } = await sharp(artwork).metadata();
  const mockup = await composeOnMockup(side, artwork);
  return { artwork: { body: artwork, width, height }, mockup, layerCount: sideLayers.length };
}

/** A flat PNG no larger than `maxEdge` on either side. */
export async function shrink(png: Buffer, maxEdge: number) {
  const { data, info } = await sharp(png).resize(maxEdge, maxEdge, { fit: "inside", withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
  return { body: data, width: info.width, height: info.height };
}
