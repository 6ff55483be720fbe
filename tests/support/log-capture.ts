import { vi } from "vitest";

/**
 * Records everything the app writes to its logs from now on (console at every level, and raw
 * writes to stdout and stderr) while still passing stream writes through. Call in beforeEach;
 * vi.restoreAllMocks() in afterEach stops it. Answers the lines recorded so far.
 */
export function captureLogs(): () => string[] {
  const logged: string[] = [];
  const capture = (...args: unknown[]) =>
    void logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === "string" ? a : JSON.stringify(a, Object.getOwnPropertyNames(a ?? {})))).join(" "));
  for (const level of ["log", "info", "warn", "error", "debug"] as const) vi.spyOn(console, level).mockImplementation(capture);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      logged.push(String(chunk));
      return write(chunk, ...(rest as []));
    });
  }
  return () => logged;
}
