import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { logError } from "@/lib/logging/log-error";

// GET /api/health – liveness and database reachability, for load balancers and start-up checks
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return NextResponse.json({ success: true, data: { status: "ok" } });
  } catch (error) {
    logError("[health] database unreachable", error);
    return NextResponse.json(
      { success: false, message: "Database unreachable", errorCode: "service_unavailable" },
      { status: 503 },
    );
  }
}
