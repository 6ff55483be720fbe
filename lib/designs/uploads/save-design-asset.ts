import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { objectStorage } from "@/lib/storage/object-storage";
import type { DesignCaller } from "../design-caller";
import { assetSelect, toAssetDto } from "../design-dto";
import type { DesignAssetDto } from "../schemas";

export type AssetKind = "upload" | "ai_image" | "thumbnail" | "render";

/**
 * Stores a file under a site-scoped random key (sites/{siteId}/designs/{designId|uploads}/{kind}/…)
 * and records it as a design asset owned by the design's or the caller's identity.
 */
export async function saveDesignAsset(input: {
  siteId: number;
  designId: number | null;
  owner: DesignCaller;
  kind: AssetKind;
  image: { body: Buffer; mimeType: string; extension: string; width: number; height: number };
  origin: string;
  name?: string;
}): Promise<DesignAssetDto> {
  const folder = input.designId ? `designs/${input.designId}` : "designs/uploads";
  const file = `${input.name ? `${input.name}-` : ""}${randomBytes(12).toString("hex")}.${input.image.extension}`;
  const key = `sites/${input.siteId}/${folder}/${input.kind}/${file}`;
  const stored = await objectStorage().put(key, input.image.body, input.image.mimeType);
  const row = await db().designAsset.create({
    data: {
      siteId: input.siteId,
      designId: input.designId,
      customerId: input.owner.customerId,
      sessionId: input.owner.customerId === null ? input.owner.sessionId : null,
      kind: input.kind,
      url: stored.url,
      storageKey: stored.key,
      mimeType: input.image.mimeType,
      width: input.image.width,
      height: input.image.height,
      fileSize: input.image.body.length,
    },
    select: assetSelect,
  });
  return toAssetDto(row, input.origin);
}
