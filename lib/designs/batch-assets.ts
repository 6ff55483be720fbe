import { db } from "@/lib/db";
import { ownsDesign, type DesignCaller } from "./design-caller";
import { assetSelect, toAssetDto } from "./design-dto";
import { requireOwnedDesign } from "./require-owned-design";
import type { DesignAssetDto } from "./schemas";

/**
 * The assets among `ids` the caller may use (its own uploads, and the assets of its designs or of
 * public designs and templates it can clone), in the order asked; others are left out, not an
 * error. With `designId`, the caller's unattached uploads among them are attached to that design.
 */
export async function batchAssets(siteId: number, caller: DesignCaller, input: { ids: number[]; designId?: number }, origin: string): Promise<DesignAssetDto[]> {
  const target = input.designId ? await requireOwnedDesign(siteId, caller, input.designId) : null;
  const rows = await db().designAsset.findMany({
    where: { siteId, id: { in: input.ids } },
    select: { ...assetSelect, customerId: true, sessionId: true, design: { select: { customerId: true, sessionId: true, isPublic: true, isTemplate: true, deletedAt: true } } },
  });
  const visible = rows.filter(
    (row) => ownsDesign(caller, row) || (row.design && row.design.deletedAt === null && (row.design.isPublic || row.design.isTemplate || ownsDesign(caller, row.design))),
  );
  if (target) {
    const attach = visible.filter((row) => row.designId === null && ownsDesign(caller, row)).map((row) => row.id);
    if (attach.length) {
      await db().designAsset.updateMany({ where: { id: { in: attach }, designId: null }, data: { designId: target.id } });
      for (const row of visible) if (attach.includes(row.id)) row.designId = target.id;
    }
  }
  const byId = new Map(visible.map((row) => [row.id, row]));
  return input.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toAssetDto(row, origin)] : [];
  });
}
