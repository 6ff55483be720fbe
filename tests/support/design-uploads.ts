import { NextRequest } from "next/server";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- route handlers of any params
export type AnyRoute = (request: NextRequest, context: { params: Promise<any> }) => Promise<Response>;

export type UploadOptions = { name?: string; type?: string; session?: string; fields?: Record<string, string> };

export const designSessionCookie = (session: string) => ({ cookie: `${DESIGN_SESSION_COOKIE}=${session}` });

/** Posts `file` as the multipart `file` field (with the client's name and declared type) to an upload route, in-process. */
export async function postUpload(route: AnyRoute, path: string, params: Record<string, string>, file: Buffer, options: UploadOptions = {}) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(file)], { type: options.type ?? "image/png" }), options.name ?? "photo.png");
  for (const [name, value] of Object.entries(options.fields ?? {})) form.set(name, value);
  const request = new NextRequest(new URL(path, "http://localhost:3000"), { method: "POST", body: form, headers: options.session ? designSessionCookie(options.session) : {} });
  const response = await route(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
