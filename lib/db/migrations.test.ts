import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "./migrations";
import { diffSchemas } from "./schema-diff";

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  let server: EmbeddedPostgres;
  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: null });
  });
  afterAll(() => server.stop());

  it("applies every migration once, records it as Prisma does, and applies nothing the second time", async () => {
    const migrations = await readMigrations();
    const results = await Promise.all([applyMigrations(server.url), applyMigrations(server.url), applyMigrations(server.url)]);
    expect(results.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
    expect(await applyMigrations(server.url)).toEqual([]);
    const rows = await query<{ migration_name: string; checksum: string }>(
      server.url,
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    const tables = await query<{ table_name: string }>(server.url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["Site", "Store", "Product", "Order", "ProductDesign"]));
  });

  it("rolls a failing migration back whole and names it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "migrations-"));
    await mkdir(join(dir, "001_good"));
    await writeFile(join(dir, "001_good", "migration.sql"), `CREATE TABLE "good" (id int);`);
    await mkdir(join(dir, "002_bad"));
    await writeFile(join(dir, "002_bad", "migration.sql"), `CREATE TABLE "half" (id int); SELECT no_such_function();`);
    const scratch = await startEmbeddedPostgres({ dataDir: null });
    try {
      await expect(applyMigrations(scratch.url, dir)).rejects.toThrow(/Migration 002_bad failed/);
      const tables = await query<{ table_name: string }>(scratch.url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.map((t) => t.table_name).sort()).toEqual(["_prisma_migrations", "good"]);
    } finally {
      await scratch.stop();
    }
  });

  it("has a migration for every change in prisma/schema.prisma", async () => {
    const last = (await readMigrations()).at(-1)!;
    const snapshot = await readFile(join(MIGRATIONS_DIR, last.name, "schema.prisma"), "utf8");
    const current = await readFile(join(process.cwd(), "prisma", "schema.prisma"), "utf8");
    const sql = await diffSchemas({ path: "schema.prisma", content: snapshot }, { path: "schema.prisma", content: current });
    expect(sql, "run `npm run db:migration -- <name>`").not.toMatch(/\b(CREATE|ALTER|DROP)\b/);
  });
});
