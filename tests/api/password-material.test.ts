import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as accountRoute from "@/app/api/storefront/[siteId]/account/route";
import * as passwordRoute from "@/app/api/storefront/[siteId]/account/password/route";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { errorResponse } from "@/lib/api/respond";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { callRoute, type ApiResult } from "../support/api";
import { createSite } from "../support/fixtures";
import { captureLogs } from "../support/log-capture";
import { mailedToken } from "../support/mailed-token";

// Password material (passwords, their hashes, session and reset tokens sent by e-mail) must never
// appear in an API answer or in anything the app writes to its logs, on any path: success,
// validation errors, wrong passwords, resets, and an unexpected database error.

const PASSWORD = "Zebra-Quartz-Lantern-9041";
const NEW_PASSWORD = "Velvet-Orbit-Harbor-7753";
const RESET_PASSWORD = "Copper-Meadow-Signal-2286";

let logs: () => string[];
const answers: ApiResult[] = [];

beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => vi.restoreAllMocks());

async function record(result: Promise<ApiResult>) {
  const answer = await result;
  answers.push(answer);
  return answer;
}

describe("password material", () => {
  it("never appears in an answer or a log line, through sign-up, sign-in, change, reset and errors", async () => {
    const siteId = (await createSite()).id;
    const params = { siteId: String(siteId) };
    const email = `secret-keeper-${randomUUID()}@example.com`;
    const auth = (body: unknown, token?: string) =>
      record(callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params, method: "POST", body, headers: token ? { authorization: `Bearer ${token}` } : {} }));

    const registered = await auth({ action: "register", email, password: PASSWORD, firstName: "Kim" });
    expect(registered.status).toBe(201);
    const token = registered.body.data.token as string;
    const hashes = [(await db().customer.findFirstOrThrow({ where: { siteId, email }, omit: { passwordHash: false } })).passwordHash];

    await auth({ action: "register", email, password: PASSWORD });
    await auth({ action: "register", email: `x-${email}`, password: PASSWORD.slice(0, 7) });
    await auth({ action: "login", email, password: `${PASSWORD}x` });
    await auth({ action: "login", email: `nobody-${email}`, password: PASSWORD });
    const login = await auth({ action: "login", email, password: PASSWORD });
    expect(login.status).toBe(200);
    await auth({ action: "me" }, token);
    await record(callRoute(accountRoute.GET, `/api/storefront/${siteId}/account`, { params, headers: { authorization: `Bearer ${token}` } }));
    await record(
      callRoute(accountRoute.PATCH, `/api/storefront/${siteId}/account`, {
        params,
        method: "PATCH",
        body: { firstName: "Kim", password: NEW_PASSWORD, passwordHash: "x" },
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    const changePassword = (body: unknown) =>
      record(callRoute(passwordRoute.POST, `/api/storefront/${siteId}/account/password`, { params, method: "POST", body, headers: { authorization: `Bearer ${token}` } }));
    expect((await changePassword({ currentPassword: `${PASSWORD}!`, newPassword: NEW_PASSWORD })).status).toBe(403);
    expect((await changePassword({ currentPassword: PASSWORD, newPassword: "short" })).status).toBe(400);
    expect((await changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(200);
    hashes.push((await db().customer.findFirstOrThrow({ where: { siteId, email }, omit: { passwordHash: false } })).passwordHash);

    await auth({ action: "forgot-password", email });
    const resetToken = await mailedToken(email, "password-reset");
    for (const sent of (await listOutbox({ limit: 500 })).filter((m) => m.to === email)) {
      const mail = await readOutboxMessage(sent.id);
      expect(mail!.text + mail!.html).not.toContain(NEW_PASSWORD);
    }
    await auth({ action: "reset-password", token: `${resetToken}x`, password: RESET_PASSWORD });
    expect((await auth({ action: "reset-password", token: resetToken, password: RESET_PASSWORD })).status).toBe(200);
    hashes.push((await db().customer.findFirstOrThrow({ where: { siteId, email }, omit: { passwordHash: false } })).passwordHash);
    const relogin = await auth({ action: "login", email, password: RESET_PASSWORD });
    expect(relogin.status).toBe(200);

    // An unexpected database error while writing a customer: Prisma's message repeats the call's
    // arguments, the password hash among them. The error handler must not log it.
    const failedWrite = await db()
      .customer.create({ data: { siteId, email: `y-${email}`, passwordHash: hashes[2], unknownColumn: true } as never })
      .catch((error: unknown) => error);
    expect(String((failedWrite as Error).message)).toContain(hashes[2]);
    answers.push({ status: 500, headers: new Headers(), body: null, text: await errorResponse(failedWrite).text() });

    const secrets = [PASSWORD, NEW_PASSWORD, RESET_PASSWORD, ...hashes, resetToken];
    const sessionTokens = [token, login.body.data.token, relogin.body.data.token];
    const logText = logs().join("\n");
    for (const secret of [...secrets, ...sessionTokens]) expect(logText.includes(secret) ? secret : null).toBeNull();
    for (const answer of answers) {
      for (const secret of secrets) expect(answer.text.includes(secret) ? `${secret} in ${answer.text}` : null).toBeNull();
      expect(answer.text).not.toMatch(/passwordHash|scrypt\$/);
    }
    // Session tokens appear only in the answers that hand them out.
    const carriers = answers.filter((a) => sessionTokens.some((t) => a.text.includes(t)));
    expect(carriers).toEqual([registered, login, relogin]);
  });
});
