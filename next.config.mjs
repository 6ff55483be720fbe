/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the Wasm schema engine are only used by the start-up scripts, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // Metadata in <head> for every client, not streamed into <body> after it: link previews,
  // crawlers that do not run scripts, and Lighthouse read it there.
  htmlLimitedBots: /.*/,
  images: {
    // WebP only: AVIF encoding costs seconds of CPU per image on a small server.
    formats: ["image/webp"],
  },
};

export default nextConfig;
