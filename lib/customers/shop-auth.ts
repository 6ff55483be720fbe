import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { attachCartToCustomer } from "@/lib/cart/attach-cart";
import { CART_SESSION_COOKIE } from "@/lib/cart/cart-session-cookie";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { secureCookies } from "@/lib/security/cookie-policy";
import { getEnabledStore, parseSiteId } from "@/lib/sites/get-store";
import { loginCustomer } from "./login-customer";
import { registerCustomer } from "./register-customer";
import { emailSchema, passwordSchema, PASSWORD_MAX } from "./schemas";
import { SESSION_ABSOLUTE_MS, endSessionByToken } from "./sessions";

declare module "next-auth" {
  interface User {
    siteId: number;
    storefrontToken: string;
  }
  interface Session {
    siteId: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    siteId?: number;
    storefrontToken?: string;
  }
}

// The shop's pages sign in through next-auth; the JWT cookie carries the storefront session token
// that the JSON API hands out as a Bearer token, so pages and API share one session service
// (its expiry, sliding renewal and "end other sessions" apply to both).
export const SHOP_SESSION_COOKIE = secureCookies() ? "__Secure-sf.session" : "sf.session";

const optionalName = z.string().trim().max(100).optional().transform((name) => name || null);
const credentialsSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("login"),
    siteId: z.string(),
    email: emailSchema,
    password: z.string().min(1, { error: "password is required" }).max(PASSWORD_MAX),
  }),
  z.object({
    mode: z.literal("register"),
    siteId: z.string(),
    email: emailSchema,
    password: passwordSchema,
    firstName: optionalName,
    lastName: optionalName,
  }),
]);

/** Signs in (or registers) with the customer service; errors reach the form as their message. */
async function authorize(credentials: Record<string, string> | undefined): Promise<User> {
  const parsed = credentialsSchema.safeParse(credentials ?? {});
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid request");
  const input = parsed.data;
  const siteId = parseSiteId(input.siteId);
  const store = siteId ? await getEnabledStore(siteId) : null;
  if (!store) throw new Error("Store not found");
  if (!store.customerAccountsEnabled) throw new Error("Customer accounts are disabled for this store");

  const requestHeaders = await headers();
  const client = { userAgent: requestHeaders.get("user-agent"), ipAddress: clientAddress({ headers: requestHeaders }) };
  try {
    const { token, customer } =
      input.mode === "register"
        ? await registerCustomer(store, input, client)
        : await loginCustomer(store.siteId, input, client);
    const cartSessionId = (await cookies()).get(CART_SESSION_COOKIE)?.value;
    if (cartSessionId) await attachCartToCustomer(store.siteId, cartSessionId, customer.id);
    const name = [customer.firstName, customer.lastName].filter(Boolean).join(" ") || null;
    return { id: String(customer.id), email: customer.email, name, siteId: store.siteId, storefrontToken: token };
  } catch (error) {
    if (error instanceof ApiError) throw new Error(error.message);
    throw error;
  }
}

export const shopAuthOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
  cookies: {
    sessionToken: {
      name: SHOP_SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
    },
  },
  providers: [
    CredentialsProvider({
      id: "storefront",
      name: "Email and password",
      credentials: {
        siteId: { type: "hidden" },
        mode: { type: "hidden" },
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        firstName: { label: "First name", type: "text" },
        lastName: { label: "Last name", type: "text" },
      },
      authorize,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.siteId = user.siteId;
        token.storefrontToken = user.storefrontToken;
      }
      return token;
    },
    // What /api/auth/session shows the browser: never the storefront token.
    session({ session, token }) {
      return { ...session, siteId: token.siteId ?? 0, user: { name: session.user?.name, email: session.user?.email } };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.storefrontToken) await endSessionByToken(token.storefrontToken);
    },
  },
};
