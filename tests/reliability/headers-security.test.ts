import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import * as mediaRoute from "@/app/media/[...key]/route";
import { objectStorage } from "@/lib/storage/object-storage";
import { callRoute } from "../support/api";
import { createSite } from "../support/fixtures";
import { loadNextConfig } from "../support/next-config";
import { HTTP_METHODS, isServed, storefrontRoutes } from "../support/storefront-routes";

// Security headers on every page and API answer (issue 7). Pages: what next.config.mjs's headers()
// gives each path, matched the way Next matches `source`. API: every storefront route and method,
// called in-process. e2e/security-headers.spec.ts checks the same on the built server in a browser.

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

async function configuredRules(env: { NODE_ENV: string; S3_PUBLIC_URL?: string }): Promise<HeaderRule[]> {
  vi.stubEnv("NODE_ENV", env.NODE_ENV);
  if (env.S3_PUBLIC_URL) vi.stubEnv("S3_PUBLIC_URL", env.S3_PUBLIC_URL);
  vi.resetModules();
  const config = await loadNextConfig();
  return (await config.headers!()) as HeaderRule[];
}

/** The headers Next sends on `path`: every matching rule's, later rules overriding earlier ones. */
function headersFor(rules: HeaderRule[], path: string): Headers {
  const headers = new Headers();
  for (const rule of rules) {
    if (getPathMatch(rule.source, { strict: true })(path) !== false) {
      for (const { key, value } of rule.headers) headers.set(key, value);
    }
  }
  return headers;
}

/** A CSP as directive → sources. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map((csp ?? "").split(";").map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name, sources]));
}

const PAGES = ["/", "/store/products/classic-tee", "/store/cart", "/store/checkout", "/store/design/classic-tee", "/s/2/store/account", "/design/share/abc"];
const API_AND_MEDIA = ["/api/health", "/api/storefront/1/products", "/api/storefront/openapi.json", "/media/sites/1/designs/uploads/upload/a.png"];

function expectCommonHeaders(headers: Headers) {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  const permissions = headers.get("permissions-policy") ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", 'payment=(self "https://js.stripe.com")']) expect(permissions).toContain(feature);
  expect(directives(headers.get("content-security-policy")).get("frame-ancestors")).toEqual(["'none'"]);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("pages (next.config.mjs headers())", () => {
  it("in production: a CSP that admits Next.js, Stripe.js and the storage host, frame-ancestors 'none', and HSTS", async () => {
    const rules = await configuredRules({ NODE_ENV: "production", S3_PUBLIC_URL: "https://cdn.example.com/assets" });
    for (const path of PAGES) {
      const headers = headersFor(rules, path);
      expectCommonHeaders(headers);
      expect(headers.get("strict-transport-security"), path).toMatch(/^max-age=(\d+); includeSubDomains$/);
      expect(Number(/max-age=(\d+)/.exec(headers.get("strict-transport-security")!)![1])).toBeGreaterThanOrEqual(31_536_000);
      const csp = directives(headers.get("content-security-policy"));
      expect(csp.get("default-src")).toEqual(["'self'"]);
      // Next's inline bootstrap needs 'unsafe-inline' without nonces; eval is never allowed in production.
      expect(csp.get("script-src")).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'", "https://js.stripe.com"]));
      expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
      expect(csp.get("script-src")!.filter((source) => source === "*" || source === "https:" || source === "http:")).toEqual([]);
      expect(csp.get("frame-src")).toEqual(expect.arrayContaining(["https://js.stripe.com", "https://hooks.stripe.com"]));
      expect(csp.get("connect-src")).toEqual(expect.arrayContaining(["'self'", "https://api.stripe.com"]));
      expect(csp.get("img-src")).toEqual(expect.arrayContaining(["'self'", "https://cdn.example.com", "https://*.public.blob.vercel-storage.com"]));
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("form-action")).toEqual(["'self'"]);
    }
  });

  it("API answers and stored media get a policy that loads nothing", async () => {
    const rules = await configuredRules({ NODE_ENV: "production" });
    for (const path of API_AND_MEDIA) {
      const headers = headersFor(rules, path);
      expectCommonHeaders(headers);
      expect(headers.get("content-security-policy"), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers.get("strict-transport-security")).not.toBeNull();
    }
  });

  it("sends no HSTS outside production, and allows eval only in development (React's debugging aids)", async () => {
    const rules = await configuredRules({ NODE_ENV: "development" });
    for (const path of [...PAGES, ...API_AND_MEDIA]) {
      const headers = headersFor(rules, path);
      expectCommonHeaders(headers);
      expect(headers.get("strict-transport-security"), path).toBeNull();
    }
    expect(directives(headersFor(rules, "/").get("content-security-policy")).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("Storefront API answers (in-process)", () => {
  let siteId: number;
  beforeAll(async () => {
    siteId = (await createSite()).id;
  });

  it("every route and method answers with nosniff, a no-load CSP, frame-ancestors 'none', Referrer- and Permissions-Policy", async () => {
    let checked = 0;
    for (const route of storefrontRoutes()) {
      const routeModule = await route.module();
      const params = Object.fromEntries(route.params.map((name) => [name, name === "siteId" ? String(siteId) : "1"]));
      for (const method of HTTP_METHODS) {
        const handler = routeModule[method] as Parameters<typeof callRoute>[0];
        // Served methods answer whatever the empty body earns (200, 400, 401, 404, 503…); the others 405.
        const result = await callRoute(handler, "/x", { params: { ...params, siteId: String(siteId) }, method, body: method === "GET" ? undefined : {} });
        if (!isServed(handler)) expect(result.status).toBe(405);
        expectCommonHeaders(result.headers);
        expect(result.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("an unknown site's 404 carries them too", async () => {
    const route = storefrontRoutes().find((r) => r.openApiPath === "/api/storefront/{siteId}/products")!;
    const result = await callRoute((await route.module()).GET as Parameters<typeof callRoute>[0], "/x", { params: { siteId: "999999" } });
    expect(result.status).toBe(404);
    expectCommonHeaders(result.headers);
  });
});

describe("/media (local storage)", () => {
  it("serves images with their own type, nosniff and a no-load CSP; anything else as an octet-stream download", async () => {
    await objectStorage().put("sites/1/headers-test/a.png", Buffer.from("89504e470d0a1a0a", "hex"), "image/png");
    await objectStorage().put("sites/1/headers-test/page.html", Buffer.from("<script>alert(1)</script>"), "text/html");
    const get = (key: string) => mediaRoute.GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split("/") }) });

    const image = await get("sites/1/headers-test/a.png");
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(image.headers.get("content-disposition")).toBeNull();
    expect(directives(image.headers.get("content-security-policy")).get("default-src")).toEqual(["'none'"]);

    const html = await get("sites/1/headers-test/page.html");
    expect(html.headers.get("content-type")).toBe("application/octet-stream");
    expect(html.headers.get("content-disposition")).toBe("attachment");
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
