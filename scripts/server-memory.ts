// V8 sizes its heap from the machine (gigabytes on a 24 GB host) and grows it lazily under load,
// so a production server measured 650 MB resident while its live data stays near 100 MB. Capping
// the old generation at 192 MB and the young one at 8 MB per semi-space held it under 300 MB in
// `npm run bench` at no measured cost in requests/s; the catalogue cache is bounded well inside it.
// NODE_OPTIONS set by the operator comes after these, so its own values win.
const SERVER_HEAP_FLAGS = "--max-old-space-size=192 --max-semi-space-size=8";

export function productionNodeOptions(existing = process.env.NODE_OPTIONS): string {
  return [SERVER_HEAP_FLAGS, existing].filter(Boolean).join(" ");
}
