// V8 sizes its heap from the machine (gigabytes on a 24 GB host) and lets it grow to several
// times the live data before collecting. Capping the old generation and each young semi-space
// (8 MB) keeps a busy server under 300 MB resident in `npm run bench`, pages included (298 MB
// at peak with 1,000 products, 299 MB with 100,000), where it reached 650-750 MB uncapped. The
// live heap after a full collection is about 100 MB. 160 MB saved another 20 MB, but its more
// frequent full collections lengthened the p99 of a cached read from about 40 ms to 55-63 ms.
const SERVER_HEAP_FLAGS = "--max-old-space-size=192 --max-semi-space-size=8";

export function productionNodeOptions(existing = process.env.NODE_OPTIONS): string {
  return [SERVER_HEAP_FLAGS, existing].filter(Boolean).join(" ");
}
