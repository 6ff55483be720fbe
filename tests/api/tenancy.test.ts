import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";
import { createSite } from "../support/fixtures";
import { HTTP_METHODS, storefrontRoutes } from "../support/storefront-routes";

const STORE_NOT_FOUND = { success: false, message: "Store not found", errorCode: "store_not_found" };

describe("every Storefront API endpoint answers 404 Store not found without an enabled store", () => {
  const siteIds: Record<string, string> = {};

  beforeAll(async () => {
    siteIds.disabled = String((await createSite({ enabled: false })).id);
    siteIds.withoutStore = String((await createSite({ withStore: false })).id);
    siteIds.unknown = "987654";
    siteIds.notANumber = "abc";
    siteIds.zero = "0";
    siteIds.tooLarge = "99999999999";
  });

  const routes = storefrontRoutes();
  it("finds the catalogue routes on disk", () => {
    expect(routes.map((r) => r.openApiPath)).toEqual(
      expect.arrayContaining(["/api/storefront/{siteId}/products", "/api/storefront/{siteId}/categories"]),
    );
  });

  for (const route of routes) {
    for (const method of HTTP_METHODS) {
      it(`${method} ${route.openApiPath}`, async () => {
        const routeModule = await route.module();
        const handler = routeModule[method];
        if (typeof handler !== "function") return;
        for (const [kind, siteId] of Object.entries(siteIds)) {
          const params = Object.fromEntries([["siteId", siteId], ...route.params.map((p) => [p, "1"])]);
          const path = route.openApiPath.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);
          const result = await callRoute(handler as never, path, { params, method, body: method === "GET" ? undefined : {} });
          expect({ kind, status: result.status, body: result.body }).toEqual({ kind, status: 404, body: STORE_NOT_FOUND });
        }
      });
    }
  }

  it("serves the same routes on an enabled store", async () => {
    const { GET } = await import("@/app/api/storefront/[siteId]/categories/route");
    const result = await callRoute(GET, `/api/storefront/${DEMO_SITE_ID}/categories`, { params: { siteId: String(DEMO_SITE_ID) } });
    expect(result.status).toBe(200);
  });
});
