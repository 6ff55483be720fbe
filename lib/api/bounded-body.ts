import { ApiError } from "./errors";

/**
 * The request body, read chunk by chunk and refused with 413 as soon as it passes `maxBytes`.
 * A declared Content-Length is only a hint (chunked bodies have none, and a client may lie), so
 * the count of bytes actually received is what is checked: nothing larger is ever held whole.
 */
export async function readBodyUpTo(request: Request, maxBytes: number, message: string): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw new ApiError("payload_too_large", message);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ApiError("payload_too_large", message);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
