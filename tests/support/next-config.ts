import { join } from "node:path";
import type { NextConfig } from "next";

/**
 * The app's next.config.mjs, evaluated afresh after vi.resetModules(). Plain JavaScript with no
 * declaration file, so it is loaded by path and typed here.
 */
export async function loadNextConfig(): Promise<NextConfig> {
  return (await import(/* @vite-ignore */ join(process.cwd(), "next.config.mjs"))).default;
}
