import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { DesignLayer } from "./schemas";

/** Every image layer draws an image asset of this site (the renderer reads nothing else). */
export async function checkLayerAssets(siteId: number, layers: DesignLayer[]) {
  const ids = [...new Set(layers.flatMap((layer) => (layer.type === "image" ? [layer.assetId] : [])))];
  if (ids.length === 0) return;
  const found = await db().designAsset.findMany({ where: { siteId, id: { in: ids }, kind: { in: ["upload", "ai_image"] } }, select: { id: true } });
  const known = new Set(found.map((a) => a.id));
  const index = layers.findIndex((layer) => layer.type === "image" && !known.has(layer.assetId));
  if (index >= 0) throw new ApiError("validation_error", `layers.${index}.assetId: no such image on this site`);
}
