import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

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
