// V8 sizes its heap from the machine (gigabytes on a 24 GB host) and lets it grow to several
// times the live data before collecting. Capping the old generation and each young semi-space
// (8 MB) held a busy server near 350-450 MB resident instead of 650-750 MB in `npm run bench`;
// the price is more frequent collection. At 192 MB the old generation ran out during the full
// bench (176 MB live after a full collection, with every catalogue cache and page renders in
// flight), so the cap leaves room above that: 256 MB.
// NODE_OPTIONS set by the operator comes after these, so its own values win.
const SERVER_HEAP_FLAGS = "--max-old-space-size=256 --max-semi-space-size=8";

export function productionNodeOptions(existing = process.env.NODE_OPTIONS): string {
  return [SERVER_HEAP_FLAGS, existing].filter(Boolean).join(" ");
}
