import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "./client";

// One client per process; kept on globalThis so hot reloads in development reuse the pool.
const globalForDb = globalThis as unknown as { storefrontDb?: Db };

function connect(): Db {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the shop with `npm start` (it runs the embedded database) or set DATABASE_URL.",
    );
  }
  return createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
}

/** The Prisma client, connected on first use so builds never need a database. */
export function db(): Db {
  globalForDb.storefrontDb ??= connect();
  return globalForDb.storefrontDb;
}
