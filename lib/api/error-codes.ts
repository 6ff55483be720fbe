// Every error the Storefront API answers carries one of these codes. Clients branch on the
// code, never on the message; codes are stable once published (see the OpenAPI description).
export const errorCodes = {
  validation_error: { status: 400, description: "A query parameter or body field is missing or invalid." },
  invalid_json: { status: 400, description: "The request body is not valid JSON." },
  invalid_discount_code: { status: 400, description: "The discount code is unknown, expired, used up, or its minimum order is not met." },
  invalid_gift_certificate: { status: 400, description: "The gift certificate is unknown, used up, disabled or expired." },
  cart_empty: { status: 400, description: "The cart has no items to check out." },
  invalid_signature: { status: 400, description: "A webhook's signature is missing, wrong or too old." },
  invalid_variant: { status: 400, description: "The variant is missing, inactive, or belongs to another product." },
  ai_plan_limit_reached: { status: 402, description: "The merchant's monthly AI plan limit is reached; the merchant must upgrade." },
  unauthorized: { status: 401, description: "A valid customer session token is required." },
  forbidden: { status: 403, description: "The caller is authenticated but may not do this." },
  refunds_disabled: { status: 403, description: "The store does not take refund requests from customers; returns go through a return request." },
  not_found: { status: 404, description: "The resource does not exist on this site." },
  invalid_token: { status: 404, description: "The token is unknown, already used, or expired." },
  store_not_found: { status: 404, description: "No enabled store exists for this siteId." },
  route_not_found: { status: 404, description: "No API route matches this path." },
  method_not_allowed: { status: 405, description: "The route exists but not for this HTTP method." },
  conflict: { status: 409, description: "The request conflicts with existing data." },
  insufficient_stock: { status: 409, description: "Fewer units are in stock than the request needs." },
  refund_window_closed: { status: 409, description: "The store's refund window for this order has passed." },
  item_not_refundable: { status: 409, description: "An item asked for is not covered by the store's refund policy." },
  idempotency_key_reused: { status: 422, description: "The Idempotency-Key was already used with a different request body." },
  payload_too_large: { status: 413, description: "The request body is too large." },
  rate_limited: { status: 429, description: "Too many requests; retry after the Retry-After seconds." },
  internal_error: { status: 500, description: "An unexpected error; details are logged, never sent." },
  payment_provider_error: { status: 502, description: "The payment provider failed or refused; nothing was charged and the order was released." },
  ai_provider_error: { status: 502, description: "The AI provider failed or refused; nothing was stored and nothing counted against the plan." },
  service_unavailable: { status: 503, description: "A required service or configuration is unavailable, or the database is briefly unreachable; retry after the Retry-After seconds when given." },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof errorCodes;
