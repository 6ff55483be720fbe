// Shared by the concurrency tests of the reliability suite (tests/reliability/concurrency-*).

/** Every race is run this many times (20 unless RACE_ITERATIONS says), on a fresh shop each time, so a rare interleaving shows. */
export const ITERATIONS = Number(process.env.RACE_ITERATIONS ?? 20);

// Room for ITERATIONS races on a busy machine; one race takes seconds.
export const RACE_TEST_TIMEOUT_MS = 15 * 60_000;

/** Starts n tasks at once and waits for all of them. */
export function race<T>(n: number, task: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, index) => task(index)));
}

/** How many answers carry each status, e.g. { 200: 10, 409: 190 }. */
export function countStatuses(answers: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Runs n tasks, at most `width` at a time: for setting up a race (filling carts), not for the race itself. */
export async function inParallel<T>(n: number, width: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, n) }, worker));
  return results;
}

/** How many carts are filled at once before a checkout race: the pool's size, so setup never queues. */
export const CART_FILLERS = 10;
