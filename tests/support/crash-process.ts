import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { CrashTask } from "./crash-child";

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export type AppProcess = { exited: Promise<ChildExit>; kill(): Promise<ChildExit> };

const childScript = fileURLToPath(new URL("./crash-child.ts", import.meta.url));

/**
 * Runs one task of the app (crash-child.ts) in a process of its own, on this test's database and
 * fakes (the environment is passed on). kill() ends it with SIGKILL: no finally, no rollback
 * from the app's side, as when a server is killed or its machine dies.
 */
export function startAppProcess(task: CrashTask, env: Record<string, string> = {}): AppProcess {
  // react-server: the app's server modules import "server-only", which throws anywhere else.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", childScript, JSON.stringify(task)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<ChildExit>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    exited,
    kill: () => {
      child.kill("SIGKILL");
      return exited;
    },
  };
}
