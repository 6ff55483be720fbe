import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { z } from "zod";
import { storefrontRegistry } from "@/lib/openapi/document";
import { callRoute, type ApiResult } from "./api";

export const STOREFRONT_DIR = join(process.cwd(), "app", "api", "storefront", "[siteId]");
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type StorefrontRoute = {
  file: string;
  /** OpenAPI form: /api/storefront/{siteId}/products/{slug} */
  openApiPath: string;
  /** Names of the dynamic segments below [siteId]. */
  params: string[];
  module: () => Promise<Record<string, unknown>>;
};

/** Every route handler file under app/api/storefront/[siteId], found on disk so new ones are covered too. */
export function storefrontRoutes(): StorefrontRoute[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "route.ts") files.push(path);
    }
  };
  walk(STOREFRONT_DIR);
  return files.map((file) => {
    const segments = relative(STOREFRONT_DIR, file).split(sep).slice(0, -1);
    const params = segments.filter((s) => s.startsWith("[")).map((s) => s.replace(/[[\].]/g, ""));
    const openApiPath = ["/api/storefront/{siteId}", ...segments.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}"))].join("/");
    return { file, openApiPath, params, module: () => import(/* @vite-ignore */ file) };
  });
}

/** Whether a route module's export serves its method (storefrontRoute fills the rest with 405s). */
export function isServed(handler: unknown): boolean {
  return typeof handler === "function" && !(handler as { methodNotAllowed?: boolean }).methodNotAllowed;
}

type Handler = Parameters<typeof callRoute>[0];

/** One served method of one route: "PATCH /account/addresses/{addressId}". */
export type StorefrontOperation = { operation: string; method: (typeof HTTP_METHODS)[number]; path: string; params: string[]; handler: Handler };

/**
 * Every served operation of the storefront routes under `under` (all by default), paths without the
 * /api/storefront/{siteId} prefix. Only those routes' modules are imported.
 */
export async function storefrontOperations(under = ""): Promise<StorefrontOperation[]> {
  const operations: StorefrontOperation[] = [];
  for (const route of storefrontRoutes()) {
    const path = route.openApiPath.replace("/api/storefront/{siteId}", "");
    if (!path.startsWith(under)) continue;
    const handlers = await route.module();
    for (const method of HTTP_METHODS.filter((m) => isServed(handlers[m]))) {
      operations.push({ operation: `${method} ${path}`, method, path, params: route.params, handler: handlers[method] as Handler });
    }
  }
  return operations;
}

export type OperationRequest = { body?: unknown; query?: string; form?: FormData; headers?: Record<string, string> };

/** Calls an operation on a site with its path parameters filled from `values`. */
export function callOperation(op: StorefrontOperation, siteId: number, values: Record<string, string>, request: OperationRequest = {}): Promise<ApiResult> {
  const concrete = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]));
  const params = Object.fromEntries([["siteId", String(siteId)], ...op.params.map((p) => [p, values[p]])]);
  return callRoute(op.handler, `/api/storefront/${siteId}${concrete}${request.query ?? ""}`, { params, method: op.method, body: request.body, form: request.form, headers: request.headers });
}

/** One documented operation of the Storefront API with the zod schemas its handler uses, and its route file. */
export type DocumentedOperation = {
  name: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  route: StorefrontRoute;
  query: z.ZodType | null;
  params: z.ZodType | null;
  /** The JSON body's schema; null when the operation takes none (or takes multipart, see `multipart`). */
  body: z.ZodType | null;
  multipart: boolean;
  /** The documented answer per status, as zod schemas. */
  responses: Map<number, z.ZodType | null>;
};

const schemaOf = (media: unknown) => (media as { schema?: z.ZodType } | undefined)?.schema ?? null;

/** Every operation the OpenAPI registry documents under /api/storefront/{siteId}. */
export function documentedOperations(): DocumentedOperation[] {
  const routes = new Map(storefrontRoutes().map((route) => [route.openApiPath, route]));
  return storefrontRegistry()
    .definitions.filter((d): d is { type: "route"; route: RouteConfig } => d.type === "route")
    .map(({ route: config }) => {
      const route = routes.get(config.path);
      if (!route) throw new Error(`No route handler for ${config.path}`);
      const content = config.request?.body?.content ?? {};
      const responses = new Map(
        Object.entries(config.responses).map(([status, response]) => {
          return [Number(status), "content" in response ? schemaOf(response.content?.["application/json"]) : null];
        }),
      );
      return {
        name: `${config.method.toUpperCase()} ${config.path}`,
        method: config.method.toUpperCase() as DocumentedOperation["method"],
        route,
        query: (config.request?.query as z.ZodType | undefined) ?? null,
        params: (config.request?.params as z.ZodType | undefined) ?? null,
        body: schemaOf(content["application/json"]),
        multipart: "multipart/form-data" in content,
        responses,
      };
    });
}
