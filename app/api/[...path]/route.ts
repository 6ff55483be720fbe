import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/respond";

// Any /api path no route matches answers 404 in the envelope, whatever the method.
const routeNotFound = async () => errorResponse(new ApiError("route_not_found", "API route not found"));

export const GET = routeNotFound;
export const POST = routeNotFound;
export const PUT = routeNotFound;
export const PATCH = routeNotFound;
export const DELETE = routeNotFound;
export const HEAD = routeNotFound;
export const OPTIONS = routeNotFound;
