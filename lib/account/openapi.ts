import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { paginationSchema, successEnvelope } from "@/lib/api/schemas";
import { orderNumberParamSchema } from "@/lib/orders/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { accountOrderSchema, accountOrderSummarySchema, accountOrdersQuerySchema } from "./orders";
import { createSupportMessageSchema, supportMessageSchema, supportReplyInputSchema, supportThreadSchema } from "./support";

const security = [{ bearerAuth: [] }];
const messageIdParam = z.object({ messageId: z.string().regex(/^\d+$/) });

export function registerAccountRoutes(registry: OpenAPIRegistry) {
  const base = "/api/storefront/{siteId}/account";
  registry.registerPath({
    method: "get",
    path: `${base}/orders`,
    tags: ["Account"],
    summary: "The customer's orders",
    description: "Orders placed while signed in or with the customer's email, newest first; filter by `status`, paginate with `page` and `limit` (default 20, at most 100).",
    security,
    request: { params: siteIdParam, query: accountOrdersQuerySchema },
    responses: {
      200: jsonResponse(successEnvelope(z.array(accountOrderSummarySchema), { pagination: paginationSchema }), "A page of orders"),
      ...errorResponses("validation_error", "unauthorized"),
    },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/orders/{orderNumber}`,
    tags: ["Account"],
    summary: "One of the customer's orders",
    description: "Items with design thumbnails, status history and tracking events. Another customer's order answers 404.",
    security,
    request: { params: siteIdParam.extend(orderNumberParamSchema.shape) },
    responses: { 200: jsonResponse(successEnvelope(accountOrderSchema), "The order"), ...errorResponses("unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/support`,
    tags: ["Account"],
    summary: "Support messages",
    description: "The customer's messages, latest activity first.",
    security,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(z.array(supportMessageSchema)), "Messages"), ...errorResponses("unauthorized") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/support`,
    tags: ["Account"],
    summary: "Send a support message",
    description: "`category` defaults to general; `orderId` must be one of the customer's orders.",
    security,
    request: { params: siteIdParam, body: jsonBody(createSupportMessageSchema) },
    responses: { 201: jsonResponse(successEnvelope(supportMessageSchema), "The created message"), ...errorResponses("validation_error", "invalid_json", "unauthorized") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/support/{messageId}`,
    tags: ["Account"],
    summary: "A support thread",
    security,
    request: { params: siteIdParam.extend(messageIdParam.shape) },
    responses: { 200: jsonResponse(successEnvelope(supportThreadSchema), "The message and its replies"), ...errorResponses("validation_error", "unauthorized", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/support/{messageId}`,
    tags: ["Account"],
    summary: "Reply to a support thread",
    description: "Reopens the thread and moves it to the top.",
    security,
    request: { params: siteIdParam.extend(messageIdParam.shape), body: jsonBody(supportReplyInputSchema) },
    responses: {
      201: jsonResponse(successEnvelope(z.object({ id: z.number().int(), authorType: z.string(), body: z.string(), createdAt: z.string() })), "The reply"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "not_found"),
    },
  });
}
