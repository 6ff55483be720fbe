import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Runs the production build (`next start`) in processes of their own, as a deployment runs several
// instances of the app: each has its own port, memory and DATA_DIR, and shares with the others
// only what its environment names (the database, the fakes, AUTH_SECRET).

const root = fileURLToPath(new URL("../..", import.meta.url));
const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

// A build on a 2-core machine takes a few minutes; starting a built app takes about a second.
export const BUILD_TIMEOUT_MS = 15 * 60_000;
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const KEPT_OUTPUT_CHARS = 20_000;

/**
 * Builds the app once when there is no production build. CI builds before the tests (.ci/run);
 * an existing build is used as it is, so after changing app code locally run `npm run build`.
 */
export function ensureProductionBuild(): void {
  if (existsSync(join(root, ".next/BUILD_ID"))) return;
  console.log("No production build (.next/BUILD_ID): running `next build` once, which takes minutes.");
  const build = spawnSync(process.execPath, [nextCli, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error(`next build failed with status ${build.status}`);
}

export type AppInstance = {
  name: string;
  origin: string;
  /** The last of what the process printed, for failure messages. */
  output(): string;
  /** Ends the process group (SIGTERM, then SIGKILL after a grace period) and removes its DATA_DIR. */
  stop(): Promise<void>;
};

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    // Detached, so the negative pid names the server and anything it started.
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** A loopback port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `next start` on a free loopback port with exactly `env` (plus PATH and HOME, and a
 * DATA_DIR of its own) and waits until /api/health answers 200, which needs the database.
 */
export async function startAppInstance(name: string, env: Record<string, string>): Promise<AppInstance> {
  if (!exitHookInstalled) {
    // A worker that dies without running afterAll still takes its servers with it.
    process.once("exit", () => running.forEach((child) => killGroup(child, "SIGKILL")));
    exitHookInstalled = true;
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), `storefront-${name}-`));
  const child = spawn(process.execPath, [nextCli, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dataDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const instance: AppInstance = {
    name,
    origin,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, "SIGTERM");
        const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_GRACE_MS))]);
        if (!stopped) {
          killGroup(child, "SIGKILL");
          await exited;
        }
      }
      running.delete(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    const healthy = await fetch(`${origin}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return instance;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await instance.stop();
  throw new Error(`App instance ${name} did not become healthy on ${origin}:\n${output}`);
}
