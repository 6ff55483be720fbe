// npm run db:migration -- <name> – write a new migration from the difference between the schema
// as of the last migration (its schema.prisma snapshot) and prisma/schema.prisma.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { diffSchemas } from "@/lib/db/schema-diff";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrations";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores)");
  process.exit(1);
}

const current = { path: "schema.prisma", content: await readFile("prisma/schema.prisma", "utf8") };
const last = (await readMigrations()).at(-1);
const previous = last ? { path: "schema.prisma", content: await readFile(join(MIGRATIONS_DIR, last.name, "schema.prisma"), "utf8") } : null;

const sql = await diffSchemas(previous, current);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("No schema changes since the last migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(join(dir, "migration.sql"), sql);
await writeFile(join(dir, "schema.prisma"), current.content);
await writeFile(join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
console.log(`Wrote ${dir}/migration.sql – review it, then npm run db:migrate.`);
