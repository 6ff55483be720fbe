import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection, finished, for tests that measure what stays alive. Vitest's workers run without
 * --expose-gc; the flag set at run time gives a new context its gc function.
 */
export function collectGarbage() {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  // V8 frees dead ArrayBuffers' memory on a background thread after a collection, and the next
  // collection first waits for that: without it, process.memoryUsage().arrayBuffers can still
  // count garbage on a busy machine.
  gc();
}

/** Whether `ref`'s target is gone after a full collection, run on a later turn: a WeakRef read during a job keeps its target until the job ends. */
export async function collected(ref: WeakRef<object>) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  return ref.deref() === undefined;
}

/**
 * Runs `work` as Next.js runs a request: inside an AsyncLocalStorage store that holds the
 * request's render state. Answers a weak reference to that store, for `collected`.
 */
export async function runAsRequest(work: () => Promise<unknown>): Promise<WeakRef<object>> {
  const renderState = { render: new Array(100_000).fill(0) };
  const state = new WeakRef(renderState);
  await new AsyncLocalStorage().run(renderState, work);
  return state;
}
