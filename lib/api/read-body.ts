import { ApiError } from "./errors";

/**
 * A request body's bytes, refused with 413 as soon as it passes `limit`: first by its declared
 * Content-Length, then while streaming, so a body sent without one (chunked) or lying about its
 * size is cut off at the limit instead of being buffered whole.
 */
export async function readBodyBytes(request: Request, limit: number, tooLargeMessage = "Request body is too large"): Promise<Buffer> {
  const tooLarge = () => new ApiError("payload_too_large", tooLargeMessage);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A request body as UTF-8 text, at most `limit` bytes (see readBodyBytes). */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return (await readBodyBytes(request, limit)).toString("utf8");
}
