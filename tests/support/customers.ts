import { randomUUID } from "node:crypto";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { callRoute } from "./api";

/** Registers a new customer on a site through POST /auth; answers its Bearer token and id. */
export async function signUp(siteId: number) {
  const email = `customer-${randomUUID()}@example.com`;
  const { body } = await callRoute(authRoute, `/api/storefront/${siteId}/auth`, {
    params: { siteId: String(siteId) },
    method: "POST",
    body: { action: "register", email, password: "long enough secret" },
  });
  return { token: body.data.token as string, id: body.data.customer.id as number, email };
}

export const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
