import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "@/lib/env";
import { SHOP_SESSION_COOKIE } from "./shop-auth";
import { authenticateSession, type AuthenticatedSession } from "./sessions";

/**
 * The customer a shop page acts for: the storefront session in the next-auth cookie, if it is
 * for this site and still live (a session ended by sign-out, a password change or a reset, or
 * expired, counts as signed out).
 */
export const currentShopCustomer = cache(async (siteId: number): Promise<AuthenticatedSession | null> => {
  const raw = (await cookies()).get(SHOP_SESSION_COOKIE)?.value;
  if (!raw || !env.AUTH_SECRET) return null;
  const jwt = await decode({ token: raw, secret: env.AUTH_SECRET }).catch(() => null);
  if (!jwt?.storefrontToken || jwt.siteId !== siteId) return null;
  return authenticateSession(siteId, jwt.storefrontToken);
});
