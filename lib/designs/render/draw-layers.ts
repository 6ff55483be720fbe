import sharp, { type OverlayOptions } from "sharp";
import { fontStack } from "../fonts";
import type { DesignLayer } from "../schemas";

// Draws a side's layers the way the canvas shows them. Coordinates are the layer schema's: the
// layer's centre (x, y) from the print area's top-left corner, in mockup pixels; its unscaled
// width and height; scaleX/scaleY; rotation in degrees clockwise about the centre; opacity.
// `scale` turns mockup pixels into output pixels (print resolution is several times the mockup).

type TextLayer = Extract<DesignLayer, { type: "text" }>;
export type ImageLoader = (assetId: number) => Promise<Buffer | null>;

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };
const MAX_ELEMENT_EDGE = 16_000;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** A text layer as SVG, its box drawn at `pixelWidth` × `pixelHeight` (scaled like the canvas). */
function textSvg(layer: TextLayer, pixelWidth: number, pixelHeight: number): Buffer {
  const anchor = { left: "start", center: "middle", right: "end" }[layer.align];
  const x = { left: 0, center: layer.width / 2, right: layer.width }[layer.align];
  const lineStep = layer.fontSize * layer.lineHeight;
  const lines = layer.text.split(/\r?\n/);
  // The first baseline sits about 0.9 em below the box's top, as in Fabric's text boxes.
  const tspans = lines.map((line, i) => `<tspan x="${x}" y="${(layer.fontSize * 0.9 + i * lineStep).toFixed(2)}">${escapeXml(line) || " "}</tspan>`).join("");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixelWidth}" height="${pixelHeight}" viewBox="0 0 ${layer.width} ${layer.height}" preserveAspectRatio="none">` +
      `<text font-family="${escapeXml(fontStack(layer.fontFamily))}" font-size="${layer.fontSize}" font-weight="${layer.fontWeight}" font-style="${layer.fontStyle}" fill="${layer.fill}" text-anchor="${anchor}" xml:space="preserve">${tspans}</text></svg>`,
  );
}

/** One layer as a PNG of its scaled size, with opacity, rotated (the canvas grows to fit). */
async function drawLayer(layer: DesignLayer, scale: number, loadImage: ImageLoader): Promise<Buffer | null> {
  const width = Math.max(1, Math.min(MAX_ELEMENT_EDGE, Math.round(layer.width * layer.scaleX * scale)));
  const height = Math.max(1, Math.min(MAX_ELEMENT_EDGE, Math.round(layer.height * layer.scaleY * scale)));
  let element: Buffer;
  if (layer.type === "text") {
    if (!layer.text.trim()) return null;
    element = await sharp(textSvg(layer, width, height)).png().toBuffer();
  } else {
    const source = await loadImage(layer.assetId);
    if (!source) return null;
    element = await sharp(source).resize(width, height, { fit: "fill" }).ensureAlpha().png().toBuffer();
  }
  if (layer.opacity < 1) element = await sharp(element).ensureAlpha().linear([1, 1, 1, layer.opacity], [0, 0, 0, 0]).png().toBuffer();
  const rotation = ((layer.rotation % 360) + 360) % 360;
  if (rotation !== 0) element = await sharp(element).rotate(rotation, { background: TRANSPARENT }).png().toBuffer();
  return element;
}

/** The part of an element that falls on the canvas, placed (sharp refuses overlays that overhang). */
async function clipped(element: Buffer, centreX: number, centreY: number, canvas: { width: number; height: number }): Promise<OverlayOptions | null> {
  const { width = 0, height = 0 } = await sharp(element).metadata();
  const left = Math.round(centreX - width / 2);
  const top = Math.round(centreY - height / 2);
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(canvas.width, left + width);
  const y1 = Math.min(canvas.height, top + height);
  if (x1 <= x0 || y1 <= y0) return null;
  const input = x0 === left && y0 === top && x1 - x0 === width && y1 - y0 === height
    ? element
    : await sharp(element).extract({ left: x0 - left, top: y0 - top, width: x1 - x0, height: y1 - y0 }).png().toBuffer();
  return { input, left: x0, top: y0 };
}

/** The artwork of one print area (transparent PNG of area × scale), its visible layers in z-order. */
export async function renderArtwork(layers: DesignLayer[], area: { width: number; height: number }, scale: number, loadImage: ImageLoader): Promise<Buffer> {
  const canvas = { width: Math.max(1, Math.round(area.width * scale)), height: Math.max(1, Math.round(area.height * scale)) };
  const ordered = layers.map((layer, index) => ({ layer, index })).filter(({ layer }) => layer.visible && layer.opacity > 0).sort((a, b) => a.layer.zIndex - b.layer.zIndex || a.index - b.index);
  const overlays: OverlayOptions[] = [];
  for (const { layer } of ordered) {
    const element = await drawLayer(layer, scale, loadImage);
    const overlay = element && (await clipped(element, layer.x * scale, layer.y * scale, canvas));
    if (overlay) overlays.push(overlay);
  }
  return sharp({ create: { ...canvas, channels: 4, background: TRANSPARENT } }).composite(overlays).png().toBuffer();
}
