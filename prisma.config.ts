import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate` here (see scripts/db/): migrations are computed by the
// Wasm schema engine and applied by our own runner, so no native engine download is ever needed.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
