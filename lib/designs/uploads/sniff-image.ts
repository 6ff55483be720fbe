import sharp from "sharp";
import { ApiError } from "@/lib/api/errors";

// What an upload is comes from its bytes, never from its file name or declared type: a PNG named
// .jpg is a PNG, and an SVG or HTML page declared image/png is refused. Every accepted image is
// decoded and re-encoded by sharp, which drops EXIF/XMP/ICC text metadata (GPS positions, camera
// serials) and anything smuggled after the image data.

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_PIXELS = 36_000_000; // 6000 × 6000
const MAX_EDGE = 12_000;

export type ImageFormat = "png" | "jpeg" | "webp";
export type CleanImage = { body: Buffer; format: ImageFormat; mimeType: string; extension: string; width: number; height: number };

const FORMATS: Record<ImageFormat, { mimeType: string; extension: string }> = {
  png: { mimeType: "image/png", extension: "png" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  webp: { mimeType: "image/webp", extension: "webp" },
};

/** The format the magic bytes announce, or null for anything else (SVG, GIF, HTML, PDF, …). */
export function sniffImageFormat(bytes: Buffer): ImageFormat | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  return null;
}

const unsupported = () => new ApiError("validation_error", "file must be a PNG, JPEG or WebP image");

/** Checks an uploaded file and re-encodes it in its own format without metadata, upright. */
export async function cleanImage(bytes: Buffer): Promise<CleanImage> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new ApiError("payload_too_large", `file must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  const format = sniffImageFormat(bytes);
  if (!format) throw unsupported();
  // Reading the header costs nothing, so it is read without the pixel limit, which is checked next.
  const metadata = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => null);
  if (!metadata || metadata.format !== format || !metadata.width || !metadata.height) throw unsupported();
  if (metadata.width * metadata.height > MAX_UPLOAD_PIXELS || metadata.width > MAX_EDGE || metadata.height > MAX_EDGE) {
    throw new ApiError("payload_too_large", "file has too many pixels (at most 36 megapixels)");
  }
  // rotate() applies the EXIF orientation before the metadata that carried it is dropped.
  const pipeline = sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" }).rotate();
  const encoded =
    format === "png" ? pipeline.png({ compressionLevel: 8 }) : format === "jpeg" ? pipeline.jpeg({ quality: 90, mozjpeg: true }) : pipeline.webp({ quality: 90 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true }).catch(() => {
    throw unsupported();
  });
  return { body: data, format, ...FORMATS[format], width: info.width, height: info.height };
}
