import { after } from "next/server";
import { logError } from "@/lib/logging/log-error";

/**
 * Runs a side effect (an e-mail) after the response is sent. Outside a Next.js request (route
 * handlers called in-process by tests, scripts) there is no response to wait for, so it runs
 * in the background at once. Its failure is logged, never surfaced to the caller.
 */
export function afterResponse(task: () => Promise<unknown>) {
  const run = () => task().catch((error) => logError("[after-response] task failed", error));
  try {
    after(run);
  } catch {
    void run();
  }
}
