import { ApiError } from "@/lib/api/errors";
import { readBodyBytes } from "@/lib/api/read-body";
import { MAX_UPLOAD_BYTES } from "./sniff-image";

const MULTIPART_OVERHEAD = 64 * 1024;
const TOO_LARGE = `file must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`;

/**
 * The `file` field of a multipart/form-data upload, plus its other text fields. The body is read
 * only up to the limit (declared length first, then while streaming), and the file's own size after.
 */
export async function readUpload(request: Request): Promise<{ file: Buffer; fields: Record<string, string> }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw new ApiError("validation_error", "file is required (send multipart/form-data with a file field)");
  }
  const body = await readBodyBytes(request, MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD, TOO_LARGE);
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new ApiError("validation_error", "file is required (send multipart/form-data with a file field)");
  });
  const file = form.get("file");
  if (!file || typeof file === "string") throw new ApiError("validation_error", "file is required");
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError("payload_too_large", TOO_LARGE);
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string" && name !== "file") fields[name] = value;
  return { file: Buffer.from(await file.arrayBuffer()), fields };
}
