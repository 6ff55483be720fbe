// JavaScript, not next.config.ts: Next.js compiles a TypeScript config with its SWC binary, which
// then stays mapped in every production server (26 MB resident in /proc/<pid>/smaps; the server
// held 153 MB after its first request with the .ts config, 124 MB with this one).
import { fileURLToPath } from "node:url";
import { securityHeaderRules } from "./lib/security/security-headers.js";

// Images kept in a cloud store (S3_PUBLIC_URL, BLOB_PUBLIC_URL, or Vercel Blob's public hosts)
// are served through next/image like local ones; only those hosts are allowed.
const storageUrls = /** @type {string[]} */ ([process.env.S3_PUBLIC_URL, process.env.BLOB_PUBLIC_URL].filter(Boolean)).map((url) => new URL(url));
const storageHosts = storageUrls.map((url) => ({
  protocol: /** @type {"http" | "https"} */ (url.protocol.replace(":", "")),
  hostname: url.hostname,
  pathname: `${url.pathname.replace(/\/$/, "")}/**`,
}));

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite and the Wasm schema engine are only used by the start-up scripts, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // Rendered pages (the product pages) are kept until PostgreSQL reports a change to their site.
  cacheHandler: fileURLToPath(new URL("./lib/catalog/cache/page-cache-handler.js", import.meta.url)),
  // Metadata in <head> for every client, not streamed into <body> after it: link previews,
  // crawlers that do not run scripts, and Lighthouse read it there.
  htmlLimitedBots: /.*/,
  images: {
    // WebP only: AVIF encoding costs seconds of CPU per image on a small server.
    formats: ["image/webp"],
    remotePatterns: [...storageHosts, { protocol: "https", hostname: "*.public.blob.vercel-storage.com" }],
  },
  // Static headers, not per-request nonces, so pages stay statically rendered and cacheable.
  async headers() {
    return securityHeaderRules({ production: process.env.NODE_ENV === "production", storageOrigins: storageUrls.map((url) => url.origin) });
  },
};

export default nextConfig;
