import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { authRequestSchema, authResultSchema, customerProfileSchema } from "./schemas";
import { updateProfileSchema } from "./update-customer-profile";

export function registerCustomerRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/auth",
    tags: ["Auth"],
    summary: "Customer authentication",
    description: [
      "One endpoint; `action` selects the operation.",
      "- `register` (201): a new account, signed in, mailed a single-use link (valid 24 hours) to verify its email. 409 when the email is already registered on this site.",
      "- `login` (200): `{ token, customer }`; 401 `Invalid email or password` whether or not the email exists.",
      "- `logout`: ends the session of the Bearer token; answers `{ success: true }`.",
      "- `me`: the full profile of the Bearer token's customer.",
      "- `forgot-password`: always succeeds; an existing account gets a single-use reset link valid for one hour.",
      "- `reset-password`: spends the token, sets the password, marks the email verified (the link proved the mailbox) and ends every session of the account.",
      "- `verify-email`: spends the token from the verification e-mail and marks the email verified; 404 `invalid_token` when it is unknown, used or expired. Orders placed as a guest with the customer's email count as theirs (listed, cancellable, returnable, in `orderCount`) only once it is verified; orders placed while signed in always do.",
      "- `resend-verification`: Bearer token required; mails a fresh verification link unless the email is already verified. At most 3 per hour per customer (429 `rate_limited` with Retry-After).",
      "Every action answers 403 when the store has customer accounts off. Tokens are opaque 256-bit secrets stored only as digests; a session lapses after 7 days unused and 30 days after sign-in.",
    ].join("\n"),
    request: { params: siteIdParam, body: jsonBody(authRequestSchema) },
    responses: {
      200: jsonResponse(successEnvelope(z.union([authResultSchema, customerProfileSchema, z.object({ message: z.string() })])), "The action's answer"),
      201: jsonResponse(successEnvelope(authResultSchema), "Registered and signed in"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "conflict", "invalid_token", "rate_limited"),
    },
  });
  const bearer = [{ bearerAuth: [] }];
  registry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer", description: "The token from POST /auth register or login" });
  registry.registerPath({
    method: "get",
    path: "/api/storefront/{siteId}/account",
    tags: ["Account"],
    summary: "The signed-in customer's profile",
    security: bearer,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(customerProfileSchema), "The profile"), ...errorResponses("unauthorized") },
  });
  registry.registerPath({
    method: "patch",
    path: "/api/storefront/{siteId}/account",
    tags: ["Account"],
    summary: "Update the profile",
    description:
      "Only the fields below change, and only those supplied. Any other field (id, email, orderCount, totalSpent, ...) is ignored. " +
      "`addressBook` replaces the saved addresses; the first address flagged as default shipping (or billing) is the one default of each.",
    security: bearer,
    request: { params: siteIdParam, body: jsonBody(updateProfileSchema) },
    responses: { 200: jsonResponse(successEnvelope(customerProfileSchema), "The updated profile"), ...errorResponses("validation_error", "invalid_json", "unauthorized") },
  });
}
