import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

// GET /api/storefront/openapi.json – the OpenAPI 3.1 description of the Storefront API
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
