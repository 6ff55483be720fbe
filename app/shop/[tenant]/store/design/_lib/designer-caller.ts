import "server-only";
import { cookies } from "next/headers";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { DESIGN_SESSION_COOKIE, designSessionCookieOptions, ownerForNewDesign, type DesignCaller } from "@/lib/designs/design-caller";
import { DESIGN_SESSION_PATTERN } from "@/lib/designs/schemas";

/** Who designs on the shop's pages: the signed-in customer, and this browser's designer session. */
export async function currentDesignCaller(siteId: number): Promise<DesignCaller> {
  const customer = await currentShopCustomer(siteId);
  const cookie = (await cookies()).get(DESIGN_SESSION_COOKIE)?.value ?? null;
  return { customerId: customer?.customerId ?? null, sessionId: cookie && DESIGN_SESSION_PATTERN.test(cookie) ? cookie : null };
}

/** The owner of a design made now; an anonymous browser gets its designer session cookie here. */
export async function ownerOfNewDesign(caller: DesignCaller): Promise<DesignCaller> {
  const { owner, minted } = ownerForNewDesign(caller);
  if (minted) (await cookies()).set(DESIGN_SESSION_COOKIE, minted, designSessionCookieOptions());
  return owner;
}
