/**
 * Stored asset paths are relative ("/demo/products/tee-1.webp") so a deployment can move hosts;
 * API answers make them absolute for clients on other origins. Pages pass origin "" to keep them relative.
 */
export function assetUrl(origin: string, path: string): string;
export function assetUrl(origin: string, path: string | null): string | null;
export function assetUrl(origin: string, path: string | null): string | null {
  if (!path) return null;
  if (/^https?:\/\//i.test(path)) return path;
  return `${origin}${path.startsWith("/") ? "" : "/"}${path}`;
}
