import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { authRequestSchema, authResultSchema, customerProfileSchema } from "./schemas";

export function registerCustomerRoutes(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/api/storefront/{siteId}/auth",
    tags: ["Auth"],
    summary: "Customer authentication",
    description: [
      "One endpoint; `action` selects the operation.",
      "- `register` (201): a new account, signed in. 409 when the email is already registered on this site.",
      "- `login` (200): `{ token, customer }`; 401 `Invalid email or password` whether or not the email exists.",
      "- `logout`: ends the session of the Bearer token; answers `{ success: true }`.",
      "- `me`: the full profile of the Bearer token's customer.",
      "- `forgot-password`: always succeeds; an existing account gets a single-use reset link valid for one hour.",
      "- `reset-password`: spends the token, sets the password and ends every session of the account.",
      "Every action answers 403 when the store has customer accounts off. Tokens are opaque 256-bit secrets stored only as digests; a session lapses after 7 days unused and 30 days after sign-in.",
    ].join("\n"),
    request: { params: siteIdParam, body: jsonBody(authRequestSchema) },
    responses: {
      200: jsonResponse(successEnvelope(z.union([authResultSchema, customerProfileSchema, z.object({ message: z.string() })])), "The action's answer"),
      201: jsonResponse(successEnvelope(authResultSchema), "Registered and signed in"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "conflict", "invalid_token", "rate_limited"),
    },
  });
}
