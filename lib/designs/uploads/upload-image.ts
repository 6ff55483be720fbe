import { ApiError } from "@/lib/api/errors";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import type { DesignCaller } from "../design-caller";
import { requireOwnedDesign } from "../require-owned-design";
import type { DesignAssetDto } from "../schemas";
import { saveDesignAsset } from "./save-design-asset";
import { cleanImage } from "./sniff-image";

const UPLOADS_PER_HOUR = 60;

/** Uploads count against the caller (customer or session) per site: 60 an hour. */
async function limitUploads(siteId: number, caller: DesignCaller) {
  const who = caller.customerId !== null ? `c${caller.customerId}` : `s${caller.sessionId}`;
  await enforceRateLimits([{ key: `designs:upload:${siteId}:${who}`, limit: UPLOADS_PER_HOUR, windowMs: 60 * 60 * 1000 }], "Too many uploads; try again later");
}

/**
 * A customer image for the canvas. With `designId` it belongs to that (owned) design; without,
 * to the caller alone, who must then be a customer or hold a designer session.
 */
export async function uploadDesignImage(input: { siteId: number; caller: DesignCaller; designId: number | null; file: Buffer; origin: string }): Promise<DesignAssetDto> {
  const { siteId, caller } = input;
  if (input.designId !== null) await requireOwnedDesign(siteId, caller, input.designId);
  else if (caller.customerId === null && !caller.sessionId) throw new ApiError("unauthorized", "A customer token or a designer session is required");
  await limitUploads(siteId, caller);
  const image = await cleanImage(input.file);
  return saveDesignAsset({ siteId, designId: input.designId, owner: caller, kind: "upload", image, origin: input.origin });
}
