"use server";

import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import type { CartLineResult } from "@/components/cart/cart-lines";
import type { CodeFormState } from "@/components/cart/code-form";
import { appliedCodesCookie, parseAppliedCodes, type AppliedCodes } from "@/lib/cart/applied-codes-cookie";
import { checkDiscountCode, checkGiftCertificate } from "@/lib/cart/check-applied-codes";
import { countCartUnits } from "@/lib/cart/count-cart-units";
import { getCart } from "@/lib/cart/get-cart";
import { updateCartItemSchema } from "@/lib/cart/schemas";
import { readCartSessionId } from "@/lib/cart/shop-cart-session";
import { updateCartItem } from "@/lib/cart/update-cart-item";
import { validateDiscountSchema } from "@/lib/discounts/schemas";
import { actionErrorMessage, formIssue, formNumber, formString } from "@/lib/forms/form-input";
import { validateGiftCertificateSchema } from "@/lib/gift-certificates/schemas";
import { secureCookies } from "@/lib/security/cookie-policy";
import { resolveShop } from "@/lib/sites/resolve-shop";

// The tenant and the code kind are bound by the page; they are still checked like any input.
const tenantSchema = z.string().min(1).max(255);
const codeKindSchema = z.enum(["discount", "giftCertificate"]);
type CodeKind = z.infer<typeof codeKindSchema>;
const stepSchema = z.union([z.literal(-1), z.literal(1)], { error: "step must be -1 or 1" });

const CODES_COOKIE_MAX_AGE = 7 * 24 * 60 * 60; // as long as an idle cart lives

async function shopFor(tenant: string) {
  return tenantSchema.safeParse(tenant).success ? resolveShop(tenant) : null;
}

/** Units in this browser's cart, for the header's count (shop pages are cached, so it is read after load). */
export async function readCartUnits(tenant: string): Promise<number> {
  const shop = await shopFor(tenant);
  const sessionId = shop ? await readCartSessionId() : null;
  return shop && sessionId ? countCartUnits(shop.siteId, sessionId) : 0;
}

/**
 * Sets a line's quantity: the typed quantity, moved one up or down by the stepper's buttons
 * (step); 0 removes the line. Only lines of this browser's own cart.
 */
export async function updateCartLine(tenant: string, formData: FormData): Promise<CartLineResult> {
  const shop = await shopFor(tenant);
  if (!shop) return { error: "Store not found" };
  const sessionId = await readCartSessionId();
  if (!sessionId) return { error: "Your cart has expired. Please add the item again." };
  const step = stepSchema.optional().safeParse(formNumber(formData, "step"));
  if (!step.success) return { error: formIssue(step.error) };
  const typed = formNumber(formData, "quantity");
  const input = updateCartItemSchema.safeParse({
    sessionId,
    cartItemId: formNumber(formData, "lineId"),
    quantity: typed === undefined ? undefined : typed + (step.data ?? 0),
  });
  if (!input.success) return { error: formIssue(input.error) };

  try {
    await updateCartItem(shop.siteId, input.data);
    return {};
  } catch (error) {
    return { error: actionErrorMessage(error, "updateCartLine") };
  } finally {
    // Success or not, the page shows the cart as the server now has it.
    refresh();
  }
}

/** Checks a discount code or gift certificate and remembers it for checkout; an unusable one answers why. */
export async function applyCode(tenant: string, kind: CodeKind, _previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  const shop = await shopFor(tenant);
  const codeKind = codeKindSchema.safeParse(kind);
  if (!shop || !codeKind.success) return { error: "Store not found" };
  const schema = codeKind.data === "discount" ? validateDiscountSchema.pick({ code: true }) : validateGiftCertificateSchema;
  const input = schema.safeParse({ code: formString(formData, "code") });
  if (!input.success) return { error: formIssue(input.error), code: formString(formData, "code")?.slice(0, 64) };
  const refused = (error: string) => ({ error, code: input.data.code });

  try {
    if (codeKind.data === "discount") {
      const sessionId = await readCartSessionId();
      const { subtotal } = sessionId ? await getCart(shop.siteId, sessionId) : { subtotal: 0 };
      const check = await checkDiscountCode(shop, input.data.code, subtotal);
      if (!check.usable) return refused(check.problem);
      await storeCodes(shop.siteId, { discountCode: check.code });
    } else {
      const check = await checkGiftCertificate(shop.siteId, input.data.code);
      if (!check.usable) return refused(check.problem);
      await storeCodes(shop.siteId, { giftCertificateCode: check.code });
    }
  } catch (error) {
    return refused(actionErrorMessage(error, "applyCode"));
  }
  refresh();
  return { error: null };
}

/** Forgets an applied code. A plain form action, so it works before the page's scripts load. */
export async function removeCode(tenant: string, kind: CodeKind): Promise<void> {
  const shop = await shopFor(tenant);
  const codeKind = codeKindSchema.safeParse(kind);
  if (!shop || !codeKind.success) return;
  await storeCodes(shop.siteId, codeKind.data === "discount" ? { discountCode: undefined } : { giftCertificateCode: undefined });
  refresh();
}

/** Merges codes into the site's applied-codes cookie, which the checkout page reads. */
async function storeCodes(siteId: number, change: AppliedCodes) {
  const jar = await cookies();
  const name = appliedCodesCookie(siteId);
  const codes = { ...parseAppliedCodes(jar.get(name)?.value), ...change };
  if (!codes.discountCode && !codes.giftCertificateCode) {
    jar.delete(name);
    return;
  }
  jar.set(name, JSON.stringify(codes), { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: CODES_COOKIE_MAX_AGE });
}
