import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as ordersRoute from "@/app/api/storefront/[siteId]/account/orders/route";
import * as productsRoute from "@/app/api/storefront/[siteId]/products/route";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/parse";
import { errorEnvelopeSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { callRoute } from "../support/api";
import { bearer, signUp } from "../support/customers";
import { createSite } from "../support/fixtures";
import { documentedOperations, type DocumentedOperation } from "../support/storefront-routes";

// Bodies over a route's limit are refused with 413 before they are buffered whole, and page sizes
// are capped (issue 7, "Bad input").

const CHUNK = 64 * 1024;
const UPLOAD_LIMIT = 10 * 1024 * 1024 + 64 * 1024;
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let siteId: number;
let token: string;

beforeAll(async () => {
  siteId = (await createSite()).id;
  token = (await signUp(siteId)).token;
});

/** A body that streams `total` bytes of JSON-ish text on demand and counts what the server pulled. */
function endlessBody(total: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const chunk = new Uint8Array(CHUNK).fill(0x20);
      if (pulled === 0) chunk[0] = 0x7b; // "{"
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

async function send(operation: DocumentedOperation, body: BodyInit, headers: Record<string, string>) {
  const handler = ((await operation.route.module()) as Record<string, Handler>)[operation.method];
  const params = Object.fromEntries(operation.route.params.map((name) => [name, "1"]));
  // A streamed body needs duplex "half", which the RequestInit type does not name yet.
  const init = { method: operation.method, headers: { ...bearer(token), ...headers }, body, duplex: "half" };
  const request = new NextRequest(new URL(`/api/storefront/${siteId}/x`, "http://localhost:3000"), init as ConstructorParameters<typeof NextRequest>[1]);
  const response = await handler(request, { params: Promise.resolve({ siteId: String(siteId), ...params }) });
  return { status: response.status, body: await response.json() };
}

const jsonOperations = documentedOperations().filter((o) => o.body || o.name.includes("/webhooks/"));
const multipartOperations = documentedOperations().filter((o) => o.multipart);

describe("bodies over the limit", () => {
  it.each(jsonOperations.map((o) => [o.name, o] as const))("%s: a declared length over 1 MB is refused with 413 unread", async (_, operation) => {
    const { stream, pulled } = endlessBody(MAX_JSON_BODY_BYTES + 1);
    const result = await send(operation, stream, { "content-type": "application/json", "content-length": String(MAX_JSON_BODY_BYTES + 1) });
    expect(result.status).toBe(413);
    expect(errorEnvelopeSchema.strict().parse(result.body).errorCode).toBe("payload_too_large");
    expect(pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it.each(jsonOperations.map((o) => [o.name, o] as const))("%s: a streamed body without a length is cut off at 1 MB", async (_, operation) => {
    const { stream, pulled } = endlessBody(50 * 1024 * 1024);
    const result = await send(operation, stream, { "content-type": "application/json" });
    expect(result.status).toBe(413);
    expect(result.body.errorCode).toBe("payload_too_large");
    // Read up to the limit and one chunk past it (the stream's look-ahead), never the 50 MB.
    expect(pulled()).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + 3 * CHUNK);
  });

  it("a body of exactly the limit is read and judged on its content", async () => {
    const operation = jsonOperations.find((o) => o.name === "POST /api/storefront/{siteId}/cart")!;
    const text = JSON.stringify({ sessionId: "x".repeat(MAX_JSON_BODY_BYTES - 20) });
    const padded = text.slice(0, -1) + " ".repeat(MAX_JSON_BODY_BYTES - text.length) + "}";
    expect(Buffer.byteLength(padded)).toBe(MAX_JSON_BODY_BYTES);
    const result = await send(operation, padded, { "content-type": "application/json" });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ errorCode: "validation_error", message: "sessionId is too long" });
  });

  it.each(multipartOperations.map((o) => [o.name, o] as const))("%s: a streamed upload without a length is cut off at 10 MB", async (_, operation) => {
    const { stream, pulled } = endlessBody(200 * 1024 * 1024);
    const result = await send(operation, stream, { "content-type": "multipart/form-data; boundary=x" });
    expect(result.status).toBe(413);
    expect(result.body.errorCode).toBe("payload_too_large");
    expect(pulled()).toBeLessThanOrEqual(UPLOAD_LIMIT + 3 * CHUNK);
  });

  it.each(multipartOperations.map((o) => [o.name, o] as const))("%s: an upload declaring more than 10 MB is refused unread", async (_, operation) => {
    const { stream, pulled } = endlessBody(UPLOAD_LIMIT + 1);
    const result = await send(operation, stream, { "content-type": "multipart/form-data; boundary=x", "content-length": String(UPLOAD_LIMIT + 1) });
    expect(result.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(CHUNK);
  });
});

describe("page sizes", () => {
  it("limit=1000000 on the product list serves a page of at most 100 (the spec's maximum)", async () => {
    await db().product.createMany({ data: Array.from({ length: 120 }, (_, i) => ({ siteId, name: `P${i}`, slug: `p-${i}`, price: 100, status: "active" as const, inventory: 1 })) });
    const result = await callRoute(productsRoute.GET, `/api/storefront/${siteId}/products?limit=1000000`, { params: { siteId: String(siteId) } });
    expect(result.status).toBe(200);
    expect(result.body.data).toHaveLength(100);
    expect(result.body.pagination).toEqual({ page: 1, limit: 100, total: 120, totalPages: 2 });
  });

  it("limit=1000000 on the order history is capped at 100 too", async () => {
    const result = await callRoute(ordersRoute.GET, `/api/storefront/${siteId}/account/orders?limit=1000000`, { params: { siteId: String(siteId) }, headers: bearer(token) });
    expect(result.status).toBe(200);
    expect(result.body.pagination.limit).toBe(100);
  });

  it("limit beyond the parser's range is a 400, never a 500", async () => {
    const result = await callRoute(productsRoute.GET, `/api/storefront/${siteId}/products?limit=1e308&page=9007199254740993`, { params: { siteId: String(siteId) } });
    expect(result.status).toBe(400);
    expect(result.body.errorCode).toBe("validation_error");
  });
});
