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
