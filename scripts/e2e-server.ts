// Serves the production build for the Playwright run on a database of its own: a fresh database
// on TEST_DATABASE_URL when set, else the embedded one in a new temporary directory.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO: "auto" };
let cleanup = async () => {};
if (process.env.TEST_DATABASE_URL) {
  const { createFreshDatabase } = await import("@/tests/support/test-database");
  const database = await createFreshDatabase(process.env.TEST_DATABASE_URL);
  env.DATABASE_URL = database.url;
  cleanup = database.stop;
} else {
  delete env.DATABASE_URL;
  env.DATA_DIR = mkdtempSync(join(tmpdir(), "storefront-e2e-"));
}

const server = spawn("npx", ["tsx", "scripts/serve.ts", "start"], { stdio: "inherit", env });
const stop = async () => {
  server.kill("SIGTERM");
  await cleanup().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => cleanup().finally(() => process.exit(code ?? 0)));
