import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import sharp from "sharp";
import { objectStorage } from "@/lib/storage/object-storage";
import type { DesignSide } from "../designable-product";

const PUBLIC_DIR = resolve(process.cwd(), "public");

/**
 * A side's mockup image: a file under public/ ("/demo/mockups/tee-front.png") or one kept by our
 * storage ("/media/{key}"). Other URLs are not fetched (no requests to hosts a row names).
 */
async function readMockup(path: string | null): Promise<Buffer | null> {
  if (!path) return null;
  if (path.startsWith("/media/")) return (await objectStorage().get(path.slice("/media/".length)))?.body ?? null;
  if (!path.startsWith("/") || path.includes("..")) return null;
  const file = resolve(join(PUBLIC_DIR, path));
  if (!file.startsWith(PUBLIC_DIR + sep)) return null;
  return readFile(file).catch(() => null);
}

/**
 * The side's artwork (any size; drawn to fill the print area) composited over its mockup at the
 * print area. Without a readable mockup, a white sheet just large enough for the print area.
 */
export async function composeOnMockup(side: DesignSide, artwork: Buffer): Promise<{ body: Buffer; width: number; height: number }> {
  const mockup = await readMockup(side.mockupImage);
  const base = mockup
    ? sharp(mockup).ensureAlpha()
    : sharp({ create: { width: side.printAreaX + side.printAreaWidth, height: side.printAreaY + side.printAreaHeight, channels: 4, background: "#ffffff" } });
  const { width = 1, height = 1 } = mockup ? await sharp(mockup).metadata() : { width: side.printAreaX + side.printAreaWidth, height: side.printAreaY + side.printAreaHeight };
  // The print area may overhang a small mockup; draw only the part that lands on it.
  const fitted = await sharp(artwork).resize(side.printAreaWidth, side.printAreaHeight, { fit: "fill" }).png().toBuffer();
  const visibleWidth = Math.min(side.printAreaWidth, width - side.printAreaX);
  const visibleHeight = Math.min(side.printAreaHeight, height - side.printAreaY);
  const overlays = visibleWidth > 0 && visibleHeight > 0
    ? [{ input: visibleWidth === side.printAreaWidth && visibleHeight === side.printAreaHeight ? fitted : await sharp(fitted).extract({ left: 0, top: 0, width: visibleWidth, height: visibleHeight }).png().toBuffer(), left: side.printAreaX, top: side.printAreaY }]
    : [];
  const body = await base.composite(overlays).png().toBuffer();
  return { body, width, height };
}
