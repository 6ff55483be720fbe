import { ApiError } from "./errors";

// How the database being down or restarting surfaces, through Prisma, its pg driver adapter, pg
// itself or the socket: any of these in an error's cause chain means "retry shortly", not a bug.
// P2028, a transaction that could not start or outlived its timeout, is how a connection lost
// mid-transaction ends.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"]);
// PostgreSQL's connection exceptions (class 08) and a server shutting down or starting up.
const SQLSTATE = /^(08...|57P0[1-3])$/;
// pg reports a dropped connection as a plain Error with no code.
const PG_MESSAGES = /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect)$/;

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const e = current as { code?: unknown; name?: unknown; message?: unknown; kind?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.message === "string" && PG_MESSAGES.test(e.message)) return true;
    current = e.meta?.driverAdapterError ?? e.cause;
  }
  return false;
}

export const databaseUnavailable = () =>
  new ApiError("service_unavailable", "The store is briefly unavailable; please retry shortly", { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) });
