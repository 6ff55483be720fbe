import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { startEmbeddedPostgres } from "./embedded-postgres";

// Prisma's schema engine compiled to Wasm computes migration SQL offline: the native engine
// binary the Prisma CLI would download is not reachable from every machine we build on.
// The engine connects when it starts, though `diff` between two datamodels never reads the
// database: an in-memory embedded PostgreSQL serves as that connection.

type SchemaFile = { path: string; content: string };
type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: SchemaFile[] };

async function loadEngine(datamodel: SchemaFile, connectionString: string) {
  const require = createRequire(import.meta.url);
  // The package exports only its JS entry points, so find the .wasm beside the main one.
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": bg as never });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
  (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  const factory = bindMigrationAwareSqlAdapterFactory(
    new PrismaPg({ connectionString }),
  );
  return bg.SchemaEngine.new({ datamodels: [[datamodel.path, datamodel.content]] }, () => {}, factory);
}

/** SQL that takes a database from the `from` schema (or an empty one) to the `to` schema. */
export async function diffSchemas(from: SchemaFile | null, to: SchemaFile): Promise<string> {
  const scratch = await startEmbeddedPostgres({ dataDir: null });
  try {
    const engine = await loadEngine(to, scratch.url);
    const fromTarget: DiffTarget = from ? { tag: "schemaDatamodel", files: [from] } : { tag: "empty" };
    const result = await engine.diff({
      from: fromTarget,
      to: { tag: "schemaDatamodel", files: [to] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? "";
  } finally {
    await scratch.stop();
  }
}
