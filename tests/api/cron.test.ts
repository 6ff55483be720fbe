import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as abandonedCartsRoute } from "@/app/api/cron/abandoned-carts/route";
import { GET as backInStockRoute } from "@/app/api/cron/back-in-stock/route";
import { GET as expireOrdersRoute } from "@/app/api/cron/expire-orders/route";
import { GET as orderConfirmationsRoute } from "@/app/api/cron/order-confirmations/route";
import { env } from "@/lib/env";
import { assertCronCaller } from "@/lib/jobs/cron-route";
import { callRoute } from "../support/api";

// The jobs sweep every site of the database the other test files share in parallel, so here
// they are stand-ins: this file checks the routes' auth and answers; the jobs are tested beside
// their code (lib/cart/abandon-carts.test.ts, lib/orders/expire-pending-orders.test.ts).
const jobs = vi.hoisted(() => ({
  abandon: vi.fn(async () => ({ abandoned: 2, emailed: 2, emailFailed: 0, expired: 1 })),
  expire: vi.fn(async () => ({ cancelled: 3, skipped: 1, failed: 0 })),
  backInStock: vi.fn(async () => ({ emailed: 4, emailFailed: 0 })),
  confirmations: vi.fn(async () => ({ sent: 2, skipped: 1, failed: 0 })),
}));
vi.mock("@/lib/cart/abandon-carts", () => ({ abandonDormantCarts: jobs.abandon }));
vi.mock("@/lib/orders/expire-pending-orders", () => ({ expirePendingOrders: jobs.expire }));
vi.mock("@/lib/stock-alerts/send-back-in-stock-alerts", () => ({ sendBackInStockAlerts: jobs.backInStock }));
vi.mock("@/lib/orders/send-pending-confirmations", () => ({ sendPendingConfirmations: jobs.confirmations }));

const SECRET = "cron-secret-for-tests-0123456789";
const configured = env.CRON_SECRET;
beforeEach(() => {
  // lib/env was parsed at import; the routes read CRON_SECRET from it on each call.
  env.CRON_SECRET = SECRET;
  vi.clearAllMocks();
});
afterEach(() => {
  env.CRON_SECRET = configured;
});

const routes = [
  { path: "/api/cron/abandoned-carts", handler: abandonedCartsRoute, job: jobs.abandon },
  { path: "/api/cron/expire-orders", handler: expireOrdersRoute, job: jobs.expire },
  { path: "/api/cron/back-in-stock", handler: backInStockRoute, job: jobs.backInStock },
  { path: "/api/cron/order-confirmations", handler: orderConfirmationsRoute, job: jobs.confirmations },
];
const call = (route: (typeof routes)[number], authorization?: string) =>
  callRoute(route.handler, route.path, { params: {}, headers: authorization ? { authorization } : {} });

describe.each(routes)("GET $path", (route) => {
  it("answers 200 with the job's counts to the configured bearer secret", async () => {
    const { status, body } = await call(route, `Bearer ${SECRET}`);
    expect(status).toBe(200);
    expect(body).toEqual({ success: true, data: await route.job.mock.results[0].value });
    expect(route.job).toHaveBeenCalledTimes(1);
  });

  it.each([undefined, "Bearer wrong", `Bearer ${SECRET}x`, `Bearer ${SECRET.slice(0, -1)}`, `bearer ${SECRET}`, `Basic ${SECRET}`])(
    "answers 401 to authorization %s without running the job",
    async (authorization) => {
      const { status, body, headers } = await call(route, authorization);
      expect(status).toBe(401);
      expect(body).toEqual({ success: false, message: "A valid cron secret is required", errorCode: "unauthorized" });
      expect(headers.get("www-authenticate")).toBe("Bearer");
      expect(route.job).not.toHaveBeenCalled();
    },
  );

  it("answers 503 while CRON_SECRET is not configured, whatever the caller sends", async () => {
    env.CRON_SECRET = undefined;
    for (const authorization of [undefined, "Bearer ", "Bearer undefined"]) {
      const { status, body } = await call(route, authorization);
      expect(status).toBe(503);
      expect(body).toEqual({ success: false, message: "Scheduled jobs are disabled: CRON_SECRET is not set", errorCode: "service_unavailable" });
    }
    expect(route.job).not.toHaveBeenCalled();
  });

  it("answers a failing job with a 500 envelope that hides the detail", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    route.job.mockRejectedValueOnce(new Error("connection to postgres://secret@db refused"));
    const { status, body } = await call(route, `Bearer ${SECRET}`);
    expect(status).toBe(500);
    expect(body).toEqual({ success: false, message: "Internal server error", errorCode: "internal_error" });
    log.mockRestore();
  });
});

describe("assertCronCaller", () => {
  const request = (authorization?: string) => new Request("http://localhost/api/cron/x", { headers: authorization ? { authorization } : {} });

  it("takes the secret it is given, and refuses every caller without one", () => {
    expect(() => assertCronCaller(request("Bearer another-secret-of-16+"), "another-secret-of-16+")).not.toThrow();
    expect(() => assertCronCaller(request(`Bearer ${SECRET}`), "another-secret-of-16+")).toThrow(expect.objectContaining({ code: "unauthorized" }));
    expect(() => assertCronCaller(request(`Bearer ${SECRET}`), undefined)).toThrow(expect.objectContaining({ code: "service_unavailable" }));
  });
});
