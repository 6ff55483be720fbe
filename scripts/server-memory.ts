// V8 sizes its heap from the machine (gigabytes on a 24 GB host) and lets it grow to several
// times the live data (about 100 MB after a full collection) before collecting. Capping the old
// generation at 192 MB and each young semi-space at 8 MB held a busy server near 350-380 MB
// resident instead of 650-750 MB in `npm run bench`; the price is more frequent collection, about
// a fifth of the page-rendering throughput in the same runs (API routes within the noise).
// NODE_OPTIONS set by the operator comes after these, so its own values win.
const SERVER_HEAP_FLAGS = "--max-old-space-size=192 --max-semi-space-size=8";

export function productionNodeOptions(existing = process.env.NODE_OPTIONS): string {
  return [SERVER_HEAP_FLAGS, existing].filter(Boolean).join(" ");
}
