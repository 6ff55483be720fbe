import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { DesignCaller } from "../design-caller";
import { designSelect, storedLayers, toDesignDto } from "../design-dto";
import { sidesOfDesign } from "../designable-product";
import { requireOwnedDesign } from "../require-owned-design";
import type { DesignAssetDto, DesignDto } from "../schemas";
import { saveDesignAsset } from "../uploads/save-design-asset";
import { limitRenders, renderSide, shrink, siteImageLoader } from "./render-design";

const THUMBNAIL_EDGE = 400;
const png = (image: { body: Buffer; width: number; height: number }) => ({ ...image, mimeType: "image/png", extension: "png" });

export type FinalizeAnswer = {
  design: DesignDto;
  renders: { side: string; name: string; printFile: DesignAssetDto; mockup: DesignAssetDto }[];
};

/**
 * Renders every side that has artwork from the saved layers: the print file (artwork alone at
 * print resolution) and the mockup composite, both kept as `render` assets, plus a `thumbnail`
 * of the first. The design becomes finalized, its previewUrl the first mockup. Finalizing again
 * renders again (a retry after a failed upload is safe).
 */
export async function finalizeDesign(siteId: number, caller: DesignCaller, designId: number, origin: string): Promise<FinalizeAnswer> {
  const owned = await requireOwnedDesign(siteId, caller, designId);
  const design = await db().productDesign.findUniqueOrThrow({ where: { id: owned.id }, select: { layers: true } });
  const layers = storedLayers(design.layers);
  const sides = (await sidesOfDesign(siteId, owned)).filter((side) => layers.some((layer) => layer.side === side.slug));
  if (sides.length === 0) throw new ApiError("validation_error", "The design has no artwork to finalize");
  await limitRenders(siteId, owned.id);

  const loadImage = siteImageLoader(siteId);
  const owner = { customerId: owned.customerId, sessionId: owned.sessionId };
  const save = (kind: "render" | "thumbnail", name: string, image: { body: Buffer; width: number; height: number }) =>
    saveDesignAsset({ siteId, designId: owned.id, owner, kind, name, image: png(image), origin });

  const renders: FinalizeAnswer["renders"] = [];
  let thumbnail: DesignAssetDto | null = null;
  for (const side of sides) {
    const { artwork, mockup } = await renderSide(side, layers, loadImage);
    const printFile = await save("render", `${side.slug}-print`, artwork);
    const mockupAsset = await save("render", `${side.slug}-mockup`, mockup);
    renders.push({ side: side.slug, name: side.name, printFile, mockup: mockupAsset });
    thumbnail ??= await save("thumbnail", side.slug, await shrink(mockup.body, THUMBNAIL_EDGE));
  }

  const stored = await db().designAsset.findMany({ where: { id: { in: [renders[0].mockup.id, thumbnail!.id] } }, select: { id: true, url: true } });
  const urlOf = (id: number) => stored.find((a) => a.id === id)!.url;
  const row = await db().productDesign.update({
    where: { id: owned.id },
    data: { status: "finalized", finalizedAt: new Date(), previewUrl: urlOf(renders[0].mockup.id), thumbnailUrl: urlOf(thumbnail!.id) },
    select: designSelect,
  });
  return { design: toDesignDto(row, origin), renders };
}
