import type { StoreContext } from "@/lib/sites/get-store";

/** The shop page a mailed token opens, e.g. {baseUrl}/store/account/verify-email?token=… */
export function accountTokenLink(store: Pick<StoreContext, "baseUrl">, page: "reset-password" | "verify-email", token: string): string {
  return `${store.baseUrl.replace(/\/$/, "")}/store/account/${page}?token=${encodeURIComponent(token)}`;
}
