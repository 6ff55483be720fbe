import "server-only";
import { cookies } from "next/headers";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { DESIGN_SESSION_COOKIE, designSessionCookieOptions, designSessionKey, ownerForNewDesign, type DesignCaller } from "@/lib/designs/design-caller";

/** Who designs on the shop's pages: the signed-in customer, and this browser's designer session. */
export async function currentDesignCaller(siteId: number): Promise<DesignCaller> {
  const customer = await currentShopCustomer(siteId);
  return { customerId: customer?.customerId ?? null, sessionId: designSessionKey((await cookies()).get(DESIGN_SESSION_COOKIE)?.value) };
}

/** The owner of a design made now; an anonymous browser gets its designer session cookie here. */
export async function ownerOfNewDesign(caller: DesignCaller): Promise<DesignCaller> {
  const { owner, minted } = ownerForNewDesign(caller);
  if (minted) (await cookies()).set(DESIGN_SESSION_COOKIE, minted, designSessionCookieOptions());
  return owner;
}
