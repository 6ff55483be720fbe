import { z } from "zod";
import { cents, timestamp } from "@/lib/api/schemas";

export const PASSWORD_MIN = 8;
// Long passphrases are welcome and never truncated; the cap only bounds hashing work.
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string({ error: "email is required" })
  .trim()
  .min(1, { error: "email is required" })
  .max(254, { error: "email is too long" })
  .pipe(z.email({ error: "email must be a valid email address" }))
  .transform((email) => email.toLowerCase());

export const passwordSchema = z
  .string({ error: "password is required" })
  .min(PASSWORD_MIN, { error: `password must be at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { error: `password must be at most ${PASSWORD_MAX} characters` });

const name = z.string().trim().max(100).nullish();

// The client's cart session: signing in attaches that cart to the customer (lib/cart/attach-cart.ts).
const cartSession = z.string().trim().min(1).max(128).optional().meta({ description: "The cart sessionId to attach to the customer" });

export const AUTH_ACTIONS = ["register", "login", "logout", "me", "forgot-password", "reset-password", "verify-email", "resend-verification"] as const;

const mailedToken = (what: string) =>
  z.string({ error: "token is required" }).trim().min(1, { error: "token is required" }).max(200).meta({ description: `The token from the ${what} e-mail's link` });

export const authRequestSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("register"), email: emailSchema, password: passwordSchema, firstName: name, lastName: name, sessionId: cartSession }),
    z.object({
      action: z.literal("login"),
      email: emailSchema,
      password: z.string({ error: "password is required" }).min(1, { error: "password is required" }).max(PASSWORD_MAX),
      sessionId: cartSession,
    }),
    z.object({ action: z.literal("logout") }),
    z.object({ action: z.literal("me") }),
    z.object({ action: z.literal("forgot-password"), email: emailSchema }),
    z.object({ action: z.literal("reset-password"), token: mailedToken("password reset"), password: passwordSchema }),
    z.object({ action: z.literal("verify-email"), token: mailedToken("verification") }),
    z.object({ action: z.literal("resend-verification") }),
  ],
  { error: `action must be one of ${AUTH_ACTIONS.join(", ")}` },
);

export type AuthRequest = z.output<typeof authRequestSchema>;

export const customerSummarySchema = z
  .object({ id: z.number().int(), email: z.string(), firstName: z.string().nullable(), lastName: z.string().nullable() })
  .meta({ id: "CustomerSummary" });

export const authResultSchema = z.object({ token: z.string().meta({ description: "Opaque session token: send as Authorization: Bearer <token>" }), customer: customerSummarySchema }).meta({ id: "AuthResult" });

export type AuthResult = z.infer<typeof authResultSchema>;

export const savedAddressSchema = z
  .object({
    id: z.number().int(),
    label: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    company: z.string().nullable(),
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    state: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string(),
    phone: z.string().nullable(),
    isDefaultShipping: z.boolean(),
    isDefaultBilling: z.boolean(),
  })
  .meta({ id: "SavedAddress" });

export const customerProfileSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    emailVerified: z.boolean().meta({ description: "Whether the customer confirmed their email; until then guest orders placed with it are not counted or listed" }),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    phone: z.string().nullable(),
    defaultShippingAddress: z.record(z.string(), z.unknown()).nullable(),
    defaultBillingAddress: z.record(z.string(), z.unknown()).nullable(),
    addressBook: z.array(savedAddressSchema),
    orderCount: z.number().int().meta({ description: "Paid orders placed on this site" }),
    totalSpent: cents("Sum of paid orders' totals, less cancelled and refunded ones"),
    createdAt: timestamp,
  })
  .meta({ id: "CustomerProfile" });

export type CustomerProfile = z.infer<typeof customerProfileSchema>;
