// Next.js's cache of rendered pages (next.config.mjs cacheHandler), kept in this process's memory
// and dropped per site when PostgreSQL reports a catalogue change, like the catalogue cache: a
// product page rendered once serves every visitor until its site's catalogue changes, and the
// next request after a change renders afresh. Each instance listens, so scale-out stays correct.
// Node loads this file unbundled, hence plain JavaScript importing nothing but catalog-changes.js.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { CatalogChangeFeed, catalogListenUrl } from "./catalog-changes.js";

// Pages are kept as deflated bytes outside V8's heap, which the server caps
// (scripts/server-memory.ts): held as strings, a few hundred pages ran it out of memory. A
// product page (HTML, RSC payload and prefetch segments) is 110-160 kB as rendered and a tenth
// of that deflated, so this holds a couple of thousand, the most recently asked for, in memory
// a server of 300 MB can spare. Inflating a page costs far less than rendering it.
const MAX_BYTES = 32 * 1024 * 1024;
// Bounds the bookkeeping of renders in flight if many keys are asked for and never stored.
const MAX_RENDERS_TRACKED = 10_000;

/** key → { value, cacheControl, lastModified, siteId, bytes }, least recently used first. */
const entries = new Map();
let storedBytes = 0;
// Changes are numbered as heard. A render started before a change to its site must not be
// stored, though it finishes after the change dropped the site's entries.
let changesHeard = 0;
let everythingChangedAt = 0;
const siteChangedAt = new Map();
const renderStartedAt = new Map();
let feed = null;

function heard(change) {
  changesHeard += 1;
  if (change === "*") {
    everythingChangedAt = changesHeard;
    siteChangedAt.clear();
    entries.clear();
    storedBytes = 0;
    return;
  }
  siteChangedAt.set(change, changesHeard);
  for (const [key, entry] of entries) if (entry.siteId === change || entry.siteId === null) drop(key);
}

// A page of /s/{siteId}/… shows that site's catalogue. One served by host name may show any
// site's (a domain can change hands), as may pages outside the shops: any change drops them.
function siteOf(key) {
  const tenant = key.match(/\/shop\/([^/]+)\/store(?:\/|$)/)?.[1];
  return tenant && /^\d+$/.test(tenant) ? Number(tenant) : null;
}

function changedSince(siteId, mark) {
  if (siteId === null) return changesHeard > mark;
  return Math.max(everythingChangedAt, siteChangedAt.get(siteId) ?? 0) > mark;
}

function cacheIsCurrent() {
  const url = catalogListenUrl(process.env);
  if (!url) return false;
  feed ??= new CatalogChangeFeed(url, heard, (error) =>
    console.error("page cache: change feed lost; pages render on every request until it is back", error.message),
  );
  feed.ensure();
  return feed.listening;
}

function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  storedBytes -= entry.bytes;
}

// deflateRawSync answers a slice of its 16 kB working buffer: kept as it is, each 1-2 kB part of a
// page held 16 kB, eight times what the limit above counted. Parts are copied out at their own
// size, not into Buffer's shared 8 kB pool, where a small kept part pins a block of garbage.
const pack = (bytes) => Buffer.from(new Uint8Array(deflateRawSync(bytes, { level: 1 })).buffer);
const mapValues = (map, change) => map && new Map([...map].map(([name, bytes]) => [name, change(bytes)]));

function storable(value) {
  if (value.kind !== "APP_PAGE") return value;
  const htmlPacked = typeof value.html === "string";
  const html = htmlPacked ? pack(Buffer.from(value.html)) : value.html;
  return { ...value, html, rscData: value.rscData && pack(value.rscData), segmentData: mapValues(value.segmentData, pack), packed: { html: htmlPacked } };
}

function served({ packed, ...value }) {
  if (!packed) return value;
  const html = packed.html ? inflateRawSync(value.html).toString() : value.html;
  return { ...value, html, rscData: value.rscData && inflateRawSync(value.rscData), segmentData: mapValues(value.segmentData, inflateRawSync) };
}

function sizeOf(key, value) {
  const buffers = [value.html, value.rscData, value.body, ...(value.segmentData?.values() ?? [])];
  return key.length + buffers.reduce((sum, buffer) => sum + (Buffer.isBuffer(buffer) ? buffer.length : 0), 0);
}

export default class PageCacheHandler {
  async get(key) {
    if (!cacheIsCurrent()) return null;
    // Next.js renders after a miss (or a stale hit): note where the change count stood.
    renderStartedAt.delete(key);
    renderStartedAt.set(key, changesHeard);
    if (renderStartedAt.size > MAX_RENDERS_TRACKED) renderStartedAt.delete(renderStartedAt.keys().next().value);
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return { value: served(entry.value), cacheControl: entry.cacheControl, lastModified: entry.lastModified };
  }

  async set(key, value, ctx) {
    const startedAt = renderStartedAt.get(key);
    renderStartedAt.delete(key);
    drop(key);
    const siteId = siteOf(key);
    if (!value || !cacheIsCurrent() || startedAt === undefined || changedSince(siteId, startedAt)) return;
    const stored = storable(value);
    const bytes = sizeOf(key, stored);
    if (bytes > MAX_BYTES / 8) return;
    entries.set(key, { value: stored, cacheControl: ctx?.cacheControl, lastModified: Date.now(), siteId, bytes });
    storedBytes += bytes;
    while (storedBytes > MAX_BYTES) drop(entries.keys().next().value);
  }

  // The app calls no revalidatePath or revalidateTag: catalogue changes arrive as notifications.
  async revalidateTag() {}

  resetRequestCache() {}
}
