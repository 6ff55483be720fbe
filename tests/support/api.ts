import { NextRequest } from "next/server";

// Tests read answers and route params loosely; the zod schemas check the shapes that matter.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
type RouteHandler = (request: NextRequest, context: { params: Promise<Loose> }) => Response | Promise<Response>;

export type ApiResult = { status: number; headers: Headers; body: Loose; text: string };

/** Calls a route handler in-process, as Next.js would, and reads its JSON answer. */
export async function callRoute(
  handler: RouteHandler,
  path: string,
  options: { params: Record<string, string | string[]>; method?: string; body?: unknown; rawBody?: string; form?: FormData; headers?: Record<string, string> },
): Promise<ApiResult> {
  // A multipart form sets its own content type, with the boundary.
  const request = new NextRequest(new URL(path, "http://localhost:3000"), {
    method: options.method ?? "GET",
    headers: options.form ? options.headers : { "content-type": "application/json", ...options.headers },
    body: options.form ?? options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const response = await handler(request, { params: Promise.resolve(options.params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null, text };
}
