/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the Wasm schema engine are only used by the start-up scripts, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  images: {
    // WebP only: AVIF encoding costs seconds of CPU per image on a small server.
    formats: ["image/webp"],
  },
};

export default nextConfig;
