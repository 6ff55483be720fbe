import { resolve } from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type OpenDatabase = { url: string; embedded: boolean; close: () => Promise<void> };

/** The configured PostgreSQL (DATABASE_URL), or the embedded one started on its data directory. */
export async function openDatabase(): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, close: async () => {} };
  const dataDir = resolve(env.DATA_DIR);
  const server = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT });
  console.log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${server.port}, data in ${dataDir}`);
  return { url: server.url, embedded: true, close: server.stop };
}
