// Runs in a process of its own so its peak memory is the image's alone: checks a file with the
// upload path's cleanImage or, to show the measurement can fail, decodes it naively. Prints
// { outcome, peakRssBytes } as JSON. Usage: tsx tests/support/clean-image-child.ts clean|naive <file>
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { ApiError } from "@/lib/api/errors";
import { cleanImage } from "@/lib/designs/uploads/sniff-image";

const [mode, path] = process.argv.slice(2);
const bytes = readFileSync(path);
let outcome: string;
try {
  if (mode === "naive") await sharp(bytes, { limitInputPixels: false }).raw().toBuffer();
  else await cleanImage(bytes);
  outcome = "decoded";
} catch (error) {
  outcome = error instanceof ApiError ? error.code : `error: ${(error as Error).message}`;
}
console.log(JSON.stringify({ outcome, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
