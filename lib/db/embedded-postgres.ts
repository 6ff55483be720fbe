import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PgliteWireServer } from "./pglite-wire-server";

// PostgreSQL compiled to Wasm (PGlite) behind a loopback socket, so the app and its tools reach it
// through the same pg driver as a real server. PGlite is one session: the wire server makes pooled
// connections take turns (see pglite-wire-server.ts), which keeps them isolated.

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

type Options = {
  /** Directory for the data files; null keeps everything in memory (tests, schema diffs). */
  dataDir: string | null;
  /** 0 picks a free port: the machine may already run PostgreSQL on 5432. */
  port?: number;
};

export async function startEmbeddedPostgres({ dataDir, port = 0 }: Options): Promise<EmbeddedPostgres> {
  const releaseLock = dataDir ? await lockDataDir(dataDir) : async () => {};
  const db = await PGlite.create(dataDir ? join(dataDir, "pgdata") : undefined, {
    extensions: { pg_trgm },
  });
  const server = new PgliteWireServer(db);
  const boundPort = await server.listen("127.0.0.1", port);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${boundPort}/postgres?sslmode=disable`,
    port: boundPort,
    stop: async () => {
      await server.close();
      await db.close();
      await releaseLock();
    },
  };
}

// Two processes opening one PGlite directory would corrupt it, so the data directory is locked
// by a pid file; a lock left by a process that no longer runs is taken over.
async function lockDataDir(dataDir: string) {
  await mkdir(dataDir, { recursive: true });
  const lockFile = join(dataDir, "embedded-postgres.pid");
  const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. Stop it first, or set DATABASE_URL.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
