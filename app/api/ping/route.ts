import { NextResponse } from "next/server";

// GET /api/ping – the cheapest answer the app can give: the framework's ceiling in `npm run bench`
export function GET() {
  return NextResponse.json({ ok: true });
}
