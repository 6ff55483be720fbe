import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { createFreshDatabase, type TestDatabase } from "./test-database";

/**
 * Gives this test file a migrated database of its own on TEST_DATABASE_URL's server, so that a
 * checksum of every table sees only this file's writes, not those of files running beside it.
 * Call it at the top of the file: db() must not have been used before its beforeAll.
 */
export function isolateDatabase() {
  let database: TestDatabase;
  beforeAll(async () => {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) throw new Error("isolateDatabase needs TEST_DATABASE_URL (the reliability suite sets it)");
    database = await createFreshDatabase(server);
    await applyMigrations(database.url);
    (globalThis as { storefrontDb?: unknown }).storefrontDb = createPrismaClient(database.url, 5);
  }, 180_000);
  afterAll(async () => {
    await db().$disconnect();
    await database.stop();
  });
}

/** A digest of every row of every table but `excluded` (and Prisma's own), by table name. */
export async function tableChecksums(excluded: string[]): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND left(table_name, 1) <> '_' ORDER BY table_name`;
  const names = tables.map((t) => t.name).filter((name) => !excluded.includes(name));
  const sums = names.map((name) => `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`);
  const rows = await db().$queryRawUnsafe<{ name: string; sum: string }[]>(sums.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

/** The tables whose checksum differs between two tableChecksums() answers. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]);
}
