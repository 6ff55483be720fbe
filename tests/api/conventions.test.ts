import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as catchAll from "@/app/api/[...path]/route";
import { GET as openApiRoute } from "@/app/api/storefront/openapi.json/route";
import { ApiError } from "@/lib/api/errors";
import { errorCodes } from "@/lib/api/error-codes";
import { parseBody } from "@/lib/api/parse";
import { errorResponse } from "@/lib/api/respond";
import { callRoute } from "../support/api";
import { HTTP_METHODS, isServed, storefrontRoutes } from "../support/storefront-routes";

describe("API conventions", () => {
  it.each(HTTP_METHODS)("answers %s on an unknown API route with a 404 envelope", async (method) => {
    const handler = catchAll[method];
    const result = await callRoute(handler, "/api/storefront/1/no-such-thing", { params: { path: ["storefront", "1", "no-such-thing"] }, method });
    expect(result.status).toBe(404);
    expect(result.body).toEqual({ success: false, message: "API route not found", errorCode: "route_not_found" });
  });

  it("answers malformed JSON with 400 invalid_json and a wrong field with 400 naming it", async () => {
    const schema = z.object({ quantity: z.number().int() });
    const request = (body: string) => new Request("http://localhost/x", { method: "POST", body });
    await expect(parseBody(schema, request("{not json"))).rejects.toMatchObject({ code: "invalid_json", status: 400 });
    await expect(parseBody(schema, request('{"quantity":"two"}'))).rejects.toMatchObject({
      code: "validation_error",
      message: expect.stringMatching(/^quantity: /),
    });
    await expect(parseBody(schema, request('{"quantity":2}'))).resolves.toEqual({ quantity: 2 });
  });

  it("hides an unexpected error's details behind a 500 envelope and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error("connection string postgres://secret@db"));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ success: false, message: "Internal server error", errorCode: "internal_error" });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("maps each error code to its documented status", async () => {
    for (const [code, { status }] of Object.entries(errorCodes)) {
      const response = errorResponse(new ApiError(code as keyof typeof errorCodes, "x"));
      expect(response.status).toBe(status);
      expect((await response.json()).errorCode).toBe(code);
    }
  });
});

describe("methods a route does not serve", () => {
  it("answer 405 in the envelope with an Allow header", async () => {
    const { POST, DELETE } = await import("@/app/api/storefront/[siteId]/products/route");
    for (const handler of [POST, DELETE]) {
      const result = await callRoute(handler, "/api/storefront/1/products", { params: { siteId: "1" }, method: "POST", body: {} });
      expect(result.status).toBe(405);
      expect(result.headers.get("allow")).toBe("GET");
      expect(result.body).toMatchObject({ success: false, errorCode: "method_not_allowed" });
    }
  });
});

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1 and documents every route handler and method under /api/storefront/{siteId}", async () => {
    const { status, body: doc } = await callRoute(openApiRoute, "/api/storefront/openapi.json", { params: {} });
    expect(status).toBe(200);
    expect(doc.openapi).toBe("3.1.0");
    for (const route of storefrontRoutes()) {
      const routeModule = await route.module();
      for (const method of HTTP_METHODS.filter((m) => isServed(routeModule[m]))) {
        expect(doc.paths[route.openApiPath]?.[method.toLowerCase()], `${method} ${route.openApiPath}`).toBeDefined();
      }
    }
  });

  it("lists every error code in its description", async () => {
    const { body: doc } = await callRoute(openApiRoute, "/api/storefront/openapi.json", { params: {} });
    for (const code of Object.keys(errorCodes)) expect(doc.info.description).toContain(`\`${code}\``);
  });
});
