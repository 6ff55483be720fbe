import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { saveScreenshot } from "./support/screenshots";
import { useStripeJsStandIn } from "./support/stripe-js";
import { payFirstInvoice, startStripeShop } from "./support/stripe-shop";

// "Subscribe & save" on the product page. The seeded socks are sold on two plans; the demo shop
// has no Stripe account, so it offers none of them.

const SOCKS = "/store/products/striped-crew-socks";
const PASSWORD = "a long enough passphrase";

test("a shop without Stripe offers no subscription on the product page", async ({ page }) => {
  await page.goto(SOCKS);
  await expect(page.getByRole("heading", { level: 1, name: "Striped Crew Socks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Subscribe & save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Subscribe" })).toHaveCount(0);
});

test("a shopper signs in from the product page, subscribes and pays, and finds the subscription active", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "It needs a shop server of its own; the desktop project runs it once.");
  test.setTimeout(180_000);
  const { baseURL, fakeStripeUrl, stop } = await startStripeShop(Number(process.env.E2E_PORT ?? 3200) + 52);
  try {
    const context = await browser.newContext({ ...testInfo.project.use, baseURL });
    await useStripeJsStandIn(context);
    const email = `subscribe-${randomUUID().slice(0, 8)}@example.com`;
    const registered = await context.request.post("/api/storefront/1/auth", { data: { action: "register", email, password: PASSWORD, firstName: "Robin" } });
    expect(registered.ok()).toBe(true);

    const page = await context.newPage();
    await page.goto(SOCKS);
    const offer = page.getByRole("region", { name: "Subscribe & save" });
    await expect(offer.getByRole("radio", { name: /Monthly · \$20\.00 per delivery, every month/ })).toBeChecked();
    await expect(offer.getByRole("radio", { name: /Every 3 months · \$22\.00 per delivery, every 3 months/ })).toBeVisible();
    await expectAccessible(page, "product with plans");

    // Signed out: Subscribe leads to sign-in, and sign-in back to the product.
    await offer.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/store\/account\/sign-in\?next=%2Fstore%2Fproducts%2Fstriped-crew-socks$/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/store\/products\/striped-crew-socks$/);

    await offer.getByRole("radio", { name: /Every 3 months/ }).check();
    await offer.getByLabel("Quantity per delivery").fill("2");
    await offer.getByRole("button", { name: "Subscribe" }).dblclick();
    await expect(offer.getByText("Test card (Stripe.js stand-in)")).toBeVisible();
    await expect(offer).toContainText("2 × Every 3 months, $44.00 every 3 months");
    await saveScreenshot(page, testInfo, "subscribe-payment");
    await offer.getByRole("button", { name: "Pay $44.00 and subscribe" }).click();

    await expect(page).toHaveURL(/\/store\/account\/subscriptions\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Striped Crew Socks" })).toBeVisible();
    await expect(page.getByText("2 × Every 3 months, $44.00 every 3 months")).toBeVisible();
    await expect(page.getByText("Awaiting payment")).toBeVisible();

    // Stripe reports the paid first invoice; a double-click started one subscription, not two.
    const subscriptionId = Number(/\/subscriptions\/(\d+)$/.exec(page.url())![1]);
    await payFirstInvoice(context.request, fakeStripeUrl, subscriptionId, 4400);
    await page.reload();
    await expect(page.getByText("Active", { exact: true })).toBeVisible();
    await page.goto("/store/account/subscriptions");
    await expect(page.getByRole("listitem").filter({ hasText: "Striped Crew Socks" })).toHaveCount(1);
    await context.close();
  } finally {
    stop();
  }
});
