"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { positiveIdField } from "@/lib/api/schemas";
import { generateAiImage } from "@/lib/ai/generate-ai-image";
import { generateAiText } from "@/lib/ai/generate-ai-text";
import { aiImageRequestSchema, aiTextRequestSchema } from "@/lib/ai/schemas";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { ensureCartSessionId } from "@/lib/cart/shop-cart-session";
import { claimDesigns } from "@/lib/designs/claim-designs";
import { cloneDesign } from "@/lib/designs/clone-design";
import { createDesign } from "@/lib/designs/create-design";
import { requireOwnedDesign } from "@/lib/designs/require-owned-design";
import { finalizeDesign } from "@/lib/designs/render/finalize-design";
import { createDesignSchema, updateDesignSchema } from "@/lib/designs/schemas";
import { shareDesign } from "@/lib/designs/share-design";
import { deleteDesign, updateDesign } from "@/lib/designs/update-design";
import { uploadDesignImage } from "@/lib/designs/uploads/upload-image";
import { actionErrorMessage, formIssue } from "@/lib/forms/form-input";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";
import { currentDesignCaller, ownerOfNewDesign } from "./_lib/designer-caller";

// The designer page's server actions. Each finds the caller from the session cookies (never from
// an argument), validates its input with the API's own schemas, and answers a message on failure.

export type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

const designIdSchema = positiveIdField("designId");

async function attempt<T>(work: () => Promise<T>, action: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, message: formIssue(error) };
    // The API's 503 speaks to developers ("No OpenAI key configured"); shoppers need less.
    if (error instanceof ApiError && error.code === "service_unavailable") return { ok: false, message: "AI tools are not available in this shop yet." };
    return { ok: false, message: actionErrorMessage(error, action) };
  }
}

async function ownedDesign(siteId: number, designId: unknown) {
  const shop = await shopFromAction(siteId);
  const caller = await currentDesignCaller(shop.siteId);
  const design = await requireOwnedDesign(shop.siteId, caller, designIdSchema.parse(designId));
  return { shop, caller, design };
}

export async function createDesignAction(siteId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  return attempt(async () => {
    const shop = await shopFromAction(siteId);
    const owner = await ownerOfNewDesign(await currentDesignCaller(shop.siteId));
    const design = await createDesign(shop.siteId, owner, createDesignSchema.parse(input), "");
    return { id: design.id };
  }, "create the design");
}

export async function saveDesignAction(siteId: number, designId: number, input: unknown): Promise<ActionResult<{ updatedAt: string }>> {
  return attempt(async () => {
    const { shop, caller, design } = await ownedDesign(siteId, designId);
    const saved = await updateDesign(shop.siteId, caller, design.id, updateDesignSchema.parse(input), "");
    return { updatedAt: saved.updatedAt };
  }, "save the design");
}

export async function uploadImageAction(siteId: number, designId: number, formData: FormData): Promise<ActionResult<{ id: number; url: string; width: number; height: number }>> {
  return attempt(async () => {
    const { shop, caller, design } = await ownedDesign(siteId, designId);
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new ApiError("validation_error", "Choose an image to upload");
    const asset = await uploadDesignImage({ siteId: shop.siteId, caller, designId: design.id, file: Buffer.from(await file.arrayBuffer()), origin: "" });
    return { id: asset.id, url: asset.url, width: asset.width ?? 0, height: asset.height ?? 0 };
  }, "upload the image");
}

export async function aiImageAction(siteId: number, designId: number, input: unknown): Promise<ActionResult<{ id: number; url: string; width: number; height: number }[]>> {
  return attempt(async () => {
    const { shop, design } = await ownedDesign(siteId, designId);
    const result = await generateAiImage({ siteId: shop.siteId, design, request: aiImageRequestSchema.parse(input), origin: "" });
    return result.variants.map((image) => ({ id: image.id, url: image.url, width: image.width, height: image.height }));
  }, "create the artwork");
}

export async function aiTextAction(siteId: number, designId: number, input: unknown): Promise<ActionResult<string[]>> {
  return attempt(async () => {
    const { shop, design } = await ownedDesign(siteId, designId);
    return (await generateAiText({ siteId: shop.siteId, designId: design.id, request: aiTextRequestSchema.parse(input) })).suggestions;
  }, "suggest text");
}

export async function shareDesignAction(siteId: number, designId: number): Promise<ActionResult<string>> {
  return attempt(async () => {
    const { shop, caller, design } = await ownedDesign(siteId, designId);
    return (await shareDesign(shop, caller, { kind: "numeric", id: design.id }, true, "")).shareableUrl;
  }, "share the design");
}

export async function deleteDesignAction(siteId: number, designId: number): Promise<ActionResult<null>> {
  return attempt(async () => {
    const { shop, caller, design } = await ownedDesign(siteId, designId);
    await deleteDesign(shop.siteId, caller, design.id);
    return null;
  }, "delete the design");
}

/** Renders the design for print, then puts it in the cart on the chosen variant and opens the cart. */
export async function finalizeAndAddToCartAction(siteId: number, designId: number, variantId: number | null): Promise<ActionResult<never>> {
  const result = await attempt(async () => {
    const { shop, caller, design } = await ownedDesign(siteId, designId);
    if (design.status === "draft") await finalizeDesign(shop.siteId, caller, design.id, "");
    const variant = variantId === null ? null : positiveIdField("variantId").parse(variantId);
    await addCartItem(shop.siteId, { sessionId: await ensureCartSessionId(), productId: design.productId, variantId: variant, quantity: 1, designId: design.id }, caller);
    return shop.href("/cart");
  }, "add the design to your cart");
  if (!result.ok) return result;
  redirect(result.value);
}

/** Copies a template or a shared design into this browser's (or customer's) own and opens it. */
export async function cloneIntoDesignerAction(siteId: number, designId: number, productSlug: string): Promise<ActionResult<never>> {
  const result = await attempt(async () => {
    const shop = await shopFromAction(siteId);
    const caller = await currentDesignCaller(shop.siteId);
    const owner = await ownerOfNewDesign(caller);
    const copy = await cloneDesign(shop.siteId, caller, owner, designIdSchema.parse(designId), undefined, "");
    return shop.href(`/design/${encodeURIComponent(productSlug)}?designId=${copy.id}`);
  }, "copy the design");
  if (!result.ok) return result;
  redirect(result.value);
}

/** Moves the designs this browser made before signing in into the signed-in customer's account. */
export async function claimDesignsAction(siteId: number): Promise<ActionResult<number>> {
  return attempt(async () => {
    const shop = await shopFromAction(siteId);
    const caller = await currentDesignCaller(shop.siteId);
    if (caller.customerId === null || !caller.sessionId) throw new ApiError("unauthorized", "Sign in to keep your designs");
    const claimed = await claimDesigns(shop.siteId, { sessionKey: caller.sessionId, customerId: caller.customerId }, caller.customerId);
    return claimed.claimed;
  }, "keep your designs");
}
