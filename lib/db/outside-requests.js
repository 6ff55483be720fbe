// Plain JavaScript: the page cache handler, which Node loads unbundled, uses it too. Types:
// outside-requests.d.ts.
import { AsyncLocalStorage } from "node:async_hooks";

// Under AsyncLocalStorage every async resource made during a request (a socket, a timer, a
// promise) holds that request's store for as long as it lives, and Next.js keeps a render's whole
// state there. A pooled database connection lives for many requests: opened by one, it kept that
// render alive, and through it others. instrumentation.ts captures the server's start-up context,
// before any request, and long-lived connections are opened from it.
const STARTUP_CONTEXT = Symbol.for("storefront.startupContext");

/** Remembers the async context this is called in; the server calls it once, at start-up. */
export function captureStartupContext() {
  globalThis[STARTUP_CONTEXT] ??= AsyncLocalStorage.snapshot();
}

/** Runs `open` in the start-up context when one was captured (not in tests and scripts). */
export function outsideRequests(open) {
  const startup = globalThis[STARTUP_CONTEXT];
  return startup ? startup(open) : open();
}
