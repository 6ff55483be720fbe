import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { newToken } from "@/lib/security/tokens";
import { callRoute } from "../support/api";
import { createSite } from "../support/fixtures";
import { loadNextConfig } from "../support/next-config";
import { HTTP_METHODS, isServed, storefrontRoutes } from "../support/storefront-routes";

// Promise: a state-changing request that rides on a cookie is refused from a foreign origin, on every
// API route (the designer session is the one cookie the API reads) and in the shop's server
// actions (Next's own Origin check, never widened); no answer grants another origin CORS access.

const EVIL = "https://evil.example";
const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const refused = { success: false, message: "Cross-site request refused", errorCode: "forbidden" };
const cookie = `${DESIGN_SESSION_COOKIE}=${newToken()}; sf_cart=${newToken()}`;
let siteId: number;

beforeAll(async () => {
  siteId = (await createSite()).id;
});

const paramsFor = (names: string[]) => Object.fromEntries([["siteId", String(siteId)], ...names.map((name) => [name, name === "path" ? ["x"] : "1"])]);

describe("cookie-riding writes from a foreign origin", () => {
  it("are refused on every storefront route and state-changing method, before the handler runs", async () => {
    let checked = 0;
    for (const route of storefrontRoutes()) {
      const handlers = await route.module();
      for (const method of STATE_CHANGING.filter((m) => isServed(handlers[m]))) {
        for (const headers of [{ cookie, origin: EVIL }, { cookie, "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
          const answer = await callRoute(handlers[method] as never, route.openApiPath.replace("{siteId}", String(siteId)), { params: paramsFor(route.params), method, body: {}, headers });
          expect({ route: route.openApiPath, method, headers, status: answer.status, body: answer.body }).toEqual({ route: route.openApiPath, method, headers, status: 403, body: refused });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("in the shop's server actions are left to Next's Origin check, which the config does not widen", async () => {
    expect((await loadNextConfig()).experimental?.serverActions?.allowedOrigins).toBeUndefined();
  });
});

/** Every route handler module under app/api, with the methods it exports. */
function apiRouteFiles(): { file: string; params: string[] }[] {
  const root = join(process.cwd(), "app", "api");
  const found: { file: string; params: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "route.ts") {
        const segments = relative(root, path).split(sep).slice(0, -1);
        found.push({ file: path, params: segments.filter((s) => s.startsWith("[")).map((s) => s.replace(/[[\].]/g, "")) });
      }
    }
  };
  walk(root);
  return found;
}

describe("CORS", () => {
  it("no API answer, preflight included, grants a foreign origin access", async () => {
    let checked = 0;
    for (const { file, params } of apiRouteFiles()) {
      // next-auth's handler needs a live Next request scope; its source sets no CORS header.
      if (file.includes("[...nextauth]")) continue;
      const handlers = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of [...HTTP_METHODS, "OPTIONS"].filter((m) => typeof handlers[m] === "function")) {
        const headers = { cookie, origin: EVIL, authorization: `Bearer ${newToken()}`, "access-control-request-method": "POST" };
        const request = new NextRequest(`http://localhost:3000/api/x`, { method, headers, body: ["GET", "OPTIONS"].includes(method) ? undefined : "{}" });
        const answer = (await (handlers[method] as (r: NextRequest, c: unknown) => Promise<Response>)(request, { params: Promise.resolve(paramsFor(params)) })) as Response;
        const cors = [...answer.headers.keys()].filter((name) => name.startsWith("access-control-"));
        expect({ file: relative(process.cwd(), file), method, cors }).toEqual({ file: relative(process.cwd(), file), method, cors: [] });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("is added nowhere else: the Next config's headers are security headers, and only the catch-all answers OPTIONS itself", async () => {
    const rules = (await (await loadNextConfig()).headers?.()) ?? [];
    expect(rules.length, "the security headers are configured").toBeGreaterThan(0);
    const granted = rules.flatMap((rule) => rule.headers.map((header) => header.key)).filter((key) => /^access-control-/i.test(key));
    expect(granted).toEqual([]);
    const withOptions = [];
    for (const { file } of apiRouteFiles()) if ("OPTIONS" in (await import(/* @vite-ignore */ file))) withOptions.push(relative(process.cwd(), file));
    // Next answers OPTIONS for every other route itself, with Allow and no CORS headers.
    expect(withOptions).toEqual(["app/api/[...path]/route.ts"]);
  });
});
