import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";
import { payFirstInvoice, startStripeShop } from "./support/stripe-shop";

// My Account's subscriptions on a shop in Stripe mode (e2e/support/stripe-shop-server.ts: the
// built app with a fake Stripe on loopback): the list, then pause, resume and cancel on the
// subscription's page. The seeded socks are sold on two plans.

const PASSWORD = "a long enough passphrase";
const API = "/api/storefront/1";

/** A customer with an active sock subscription: started through the API, its first invoice paid at the fake Stripe and reported by a signed webhook. */
async function subscribedCustomer(request: APIRequestContext, fakeStripeUrl: string, email: string) {
  const registered = await request.post(`${API}/auth`, { data: { action: "register", email, password: PASSWORD, firstName: "Robin" } });
  const token = (await registered.json()).data.token as string;
  const plans = (await (await request.get(`${API}/products/striped-crew-socks/plans`)).json()).data as { id: number; name: string }[];
  expect(plans.map((p) => p.name)).toEqual(["Monthly", "Every 3 months"]);
  const started = await request.post(`${API}/account/subscriptions`, { headers: { authorization: `Bearer ${token}` }, data: { planId: plans[0].id, quantity: 2 } });
  expect(started.status()).toBe(201);
  await payFirstInvoice(request, fakeStripeUrl, (await started.json()).data.subscription.id as number, 4000);
}

test("a customer lists their subscriptions, then pauses, resumes and cancels one", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "It needs a shop server of its own; the desktop project runs it once.");
  test.setTimeout(180_000);
  const { baseURL, fakeStripeUrl, stop } = await startStripeShop(Number(process.env.E2E_PORT ?? 3200) + 51);
  try {
    const context = await browser.newContext({ ...testInfo.project.use, baseURL });
    const email = `subscriber-${randomUUID().slice(0, 8)}@example.com`;
    await subscribedCustomer(context.request, fakeStripeUrl, email);

    const page = await context.newPage();
    await page.goto("/store/account/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

    await page.getByRole("navigation", { name: "My account" }).getByRole("link", { name: "Subscriptions", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Subscriptions" })).toBeVisible();
    const row = page.getByRole("listitem").filter({ hasText: "Striped Crew Socks" });
    await expect(row).toContainText("2 × Monthly, every month");
    await expect(row).toContainText("Active");
    await expect(row).toContainText("$40.00");
    await saveScreenshot(page, testInfo, "subscriptions-list");
    await row.getByRole("link").click();

    await expect(page.getByRole("heading", { level: 1, name: /Striped Crew Socks/ })).toBeVisible();
    await page.getByLabel("Reason for pausing (optional)").fill("Away for the summer");
    await page.getByRole("button", { name: "Pause subscription" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Paused. Nothing is charged until you resume." })).toBeVisible();
    await expect(page.getByText("Paused: nothing is charged or sent until you resume.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Pause subscription" })).toHaveCount(0);

    await page.getByRole("button", { name: "Resume subscription" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Resumed." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Pause subscription" })).toBeVisible();

    const cancel = page.getByRole("region", { name: "Cancel" });
    await cancel.getByLabel("Reason for cancelling (optional)").fill("Too many socks");
    await cancel.getByRole("radio", { name: "Now" }).check();
    await cancel.getByRole("button", { name: "Cancel subscription" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Canceled." })).toBeVisible();
    await expect(page.getByText("Reason given for cancelling: Too many socks")).toBeVisible();
    await expect(page.getByRole("button", { name: /subscription/ })).toHaveCount(0);
    await saveScreenshot(page, testInfo, "subscription-canceled");

    await page.getByRole("link", { name: "Subscriptions" }).first().click();
    await expect(page.getByRole("listitem").filter({ hasText: "Striped Crew Socks" })).toContainText("Canceled");
    await context.close();
  } finally {
    stop();
  }
});
