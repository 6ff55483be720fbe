import { NON_DOCUMENT_CSP } from "@/lib/security/security-headers";
import { localStorage } from "@/lib/storage/object-storage";

// GET /media/{key} – files kept by the local object storage. Keys are content-addressed or
// random, so an answer never changes: cached for a year.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const object = await localStorage().get((await params).key.join("/"));
  if (!object) return new Response("Not found", { status: 404 });
  // The type comes from the key's extension (png, jpg, webp), never from the upload; anything else
  // is application/octet-stream and a download, so no stored file is ever rendered as a page.
  const isImage = object.contentType.startsWith("image/");
  return new Response(new Uint8Array(object.body), {
    headers: {
      "content-type": object.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": NON_DOCUMENT_CSP,
      ...(isImage ? {} : { "content-disposition": "attachment" }),
    },
  });
}
