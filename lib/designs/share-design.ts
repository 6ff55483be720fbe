import { db } from "@/lib/db";
import type { StoreContext } from "@/lib/sites/get-store";
import type { DesignCaller } from "./design-caller";
import { designSelect, toDesignDto } from "./design-dto";
import { shareLegacyDesign } from "./legacy-designs";
import { requireOwnedDesign } from "./require-owned-design";
import type { DesignDto, LegacyDesignDto } from "./schemas";

export type ShareAnswer = { design: DesignDto | LegacyDesignDto; shareableUrl: string; uuid: string; isPublic: boolean };

/** The shop's page of a shared design (spec: {baseUrl}/design/share/{uuid}). */
export const shareableUrlOf = (store: Pick<StoreContext, "baseUrl">, uuid: string) => `${store.baseUrl.replace(/\/+$/, "")}/design/share/${uuid}`;

/** Turns public sharing of an owned design on or off; either designer's designs. */
export async function shareDesign(
  store: StoreContext,
  caller: DesignCaller,
  designId: { kind: "numeric"; id: number } | { kind: "legacy"; id: string },
  isPublic: boolean,
  origin: string,
): Promise<ShareAnswer> {
  if (designId.kind === "legacy") {
    const design = await shareLegacyDesign(store.siteId, caller, designId.id, isPublic);
    return { design, shareableUrl: shareableUrlOf(store, design.uuid), uuid: design.uuid, isPublic };
  }
  const owned = await requireOwnedDesign(store.siteId, caller, designId.id);
  const row = await db().productDesign.update({ where: { id: owned.id }, data: { isPublic }, select: designSelect });
  return { design: toDesignDto(row, origin), shareableUrl: shareableUrlOf(store, row.uuid), uuid: row.uuid, isPublic };
}
