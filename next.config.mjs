/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the Wasm schema engine are only used by the start-up scripts, never bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  images: {
    formats: ["image/avif", "image/webp"],
  },
};

export default nextConfig;
