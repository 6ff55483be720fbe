import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type BrowserContext, type Locator, type Page, type TestInfo } from "@playwright/test";
import { fillContactAndAddress } from "./support/checkout";
import { saveScreenshot } from "./support/screenshots";
import { waitForHealth } from "./support/wait-for-health";

// Checkout on the demo shop (site 1, demo payment mode): the cart is filled through the JSON API
// and handed to the browser in the sf_cart cookie, as the shop's own add-to-cart would leave it.

const uniqueEmail = (testInfo: TestInfo) => `buyer-${testInfo.project.name}-${randomUUID().slice(0, 8)}@example.com`;

/** A cart with two mugs (the first variant) on site 1; its sessionId goes in the browser's cookie. */
async function fillCart(request: APIRequestContext, context: BrowserContext, baseURL: string) {
  const product = await (await request.get("/api/storefront/1/products/classic-ceramic-mug")).json();
  const variant = product.data.variants.find((v: { inStock: boolean }) => v.inStock);
  const sessionId = randomUUID();
  const added = await request.post("/api/storefront/1/cart", { data: { sessionId, productId: product.data.id, variantId: variant?.id ?? null, quantity: 2 } });
  expect(added.ok()).toBe(true);
  await context.addCookies([{ name: "sf_cart", value: sessionId, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  return sessionId;
}

const orderNumberIn = (url: string) => decodeURIComponent(/\/(?:order|pay)\/([^/?]+)/.exec(url)![1]);

/** The order number n steps away: ORD-0042 → ORD-0043. */
function neighbour(orderNumber: string, step: number) {
  const [, prefix, digits] = /^(.*?)(\d+)$/.exec(orderNumber)!;
  return `${prefix}${String(Number(digits) + step).padStart(digits.length, "0")}`;
}

test("a guest applies a code, chooses shipping, pays in demo mode and finds the order again", async ({ page, context, request, baseURL, browser }, testInfo) => {
  // The whole journey in two browsers, with four full-page screenshots.
  test.setTimeout(90_000);
  const sessionId = await fillCart(request, context, baseURL!);
  const email = uniqueEmail(testInfo);

  await page.goto("/store/checkout");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(summary).toContainText("Classic Ceramic Mug");
  await expect(summary).toContainText("Qty 2");

  await fillContactAndAddress(page, email);
  const shipping = page.getByRole("group", { name: "Shipping method" });
  await expect(shipping.getByRole("radio", { name: /Express Shipping/ })).toBeVisible();
  // California's tax applies once the state is known.
  await expect(summary.getByText("Tax").locator("..")).toContainText("$");

  await page.getByRole("textbox", { name: /^Discount code/ }).fill("SPRING15");
  await page.getByRole("button", { name: "Apply discount code" }).click();
  await expect(page.getByText("This discount code has expired")).toBeVisible();
  await page.getByRole("textbox", { name: /^Discount code/ }).fill("welcome10");
  await page.getByRole("textbox", { name: /^Discount code/ }).press("Enter");
  await expect(page.getByText(/WELCOME10 applied/)).toBeVisible();
  await expect(summary.getByText("Discount (WELCOME10)")).toBeVisible();
  await expect(summary.getByText("−$3.20")).toBeVisible();

  await shipping.getByRole("radio", { name: /Express Shipping/ }).check();
  await expect(summary.getByText("$14.95")).toBeVisible();
  // $32.00 − $3.20 + $14.95 shipping + 7.25 % tax on $28.80 ($2.09) = $45.84
  await expect(summary.getByText("$45.84")).toBeVisible();
  await saveScreenshot(page, testInfo, "checkout");

  // Two submits in a row (a double click) carry the same key: one order.
  await page.getByRole("form", { name: "Checkout" }).evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(page).toHaveURL(/\/store\/checkout\/pay\//);
  const orderNumber = orderNumberIn(page.url());
  await expect(page.getByRole("heading", { level: 1, name: "Payment" })).toBeVisible();
  await page.getByRole("button", { name: "Pay $45.84 (demo)" }).click();

  await expect(page).toHaveURL(new RegExp(`/store/order/${orderNumber}\\?placed=1$`));
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();
  await expect(page.getByText(`We’ve sent a confirmation to ${email}`)).toBeVisible();
  await expect(page.getByText("$45.84").first()).toBeVisible();
  await saveScreenshot(page, testInfo, "order-confirmation");

  // The cart was emptied by the payment, and no second order was made by the double submit.
  const cart = await (await request.get(`/api/storefront/1/cart?sessionId=${sessionId}`)).json();
  expect(cart.data.items).toEqual([]);
  for (const other of [neighbour(orderNumber, -1), neighbour(orderNumber, 1)]) {
    expect((await request.get(`/api/storefront/1/orders/${other}?email=${encodeURIComponent(email)}`)).status()).toBe(404);
  }

  // Another browser knows nothing of the order until it looks it up with the right email.
  const guest = await browser.newContext({ ...testInfo.project.use, baseURL });
  const lookup = await guest.newPage();
  // (A streamed page has sent its 200 before it knows; what it shows is the not-found page.)
  await lookup.goto(`/store/order/${orderNumber}`);
  await expect(lookup.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(lookup.getByText("Classic Ceramic Mug")).toHaveCount(0);
  await lookup.goto("/store/orders/lookup");
  await expect(lookup.getByRole("heading", { level: 1, name: "Find your order" })).toBeVisible();
  await saveScreenshot(lookup, testInfo, "order-lookup");
  const notFound = "We couldn’t find an order with that order number and email address. Check both and try again.";
  for (const [number, address] of [
    [orderNumber, "someone-else@example.com"],
    ["ORD-999999", email],
  ]) {
    await lookup.getByLabel("Order number").fill(number);
    await lookup.getByLabel("Email").fill(address);
    await lookup.getByRole("button", { name: "Find my order" }).click();
    await expect(lookup.locator("form").getByRole("alert")).toHaveText(notFound);
  }
  await lookup.getByLabel("Order number").fill(orderNumber);
  await lookup.getByLabel("Email").fill(email.toUpperCase());
  await lookup.getByRole("button", { name: "Find my order" }).click();
  await expect(lookup).toHaveURL(new RegExp(`/store/order/${orderNumber}$`));
  await expect(lookup.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  await expect(lookup.getByText("Classic Ceramic Mug", { exact: true })).toBeVisible();
  await expect(lookup.getByRole("complementary", { name: "Order details" })).toContainText("Paid");
  const timeline = lookup.getByRole("list", { name: "Tracking" });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline.getByRole("listitem").first()).toContainText("Payment received");
  await expect(timeline.getByRole("listitem").last()).toContainText("Order placed");
  await saveScreenshot(lookup, testInfo, "order-detail");
  await guest.close();
});

test("an empty cart has nothing to check out", async ({ page }) => {
  await page.goto("/store/checkout");
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Continue shopping" })).toHaveAttribute("href", "/store");
});

test("missing details are named beside their fields", async ({ page, context, request, baseURL }) => {
  await fillCart(request, context, baseURL!);
  await page.goto("/store/checkout");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Continue to payment" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toHaveText("Please check the highlighted fields.");
  // Focus moves to the message, so a keyboard or screen reader user learns what went wrong.
  await expect(alert.locator("..")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
  await expect(page.getByText("Enter the street address")).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});

test("a signed-in customer finds their details filled in, and the order is theirs", async ({ page, context, request, baseURL }, testInfo) => {
  // A customer of its own: signing in merges the account's other carts into this one, so two
  // projects sharing the demo login would take each other's carts.
  const email = uniqueEmail(testInfo);
  const password = "a long enough passphrase";
  const registered = await request.post("/api/storefront/1/auth", { data: { action: "register", email, password, firstName: "Sam", lastName: "Rivera" } });
  const auth = { authorization: `Bearer ${(await registered.json()).data.token}` };
  const home = { line1: "1420 SE Alder St", city: "Portland", state: "OR", postalCode: "97214", country: "US", isDefaultShipping: true };
  expect((await request.post("/api/storefront/1/account/addresses", { data: home, headers: auth })).ok()).toBe(true);

  await fillCart(request, context, baseURL!);
  await page.goto(`/store/account/sign-in?next=${encodeURIComponent("/store/checkout")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/store\/checkout$/);

  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Full name")).toHaveValue("Sam Rivera");
  await expect(page.getByRole("textbox", { name: /^Street address/ })).toHaveValue("1420 SE Alder St");
  // The saved address is in Oregon: the Pacific Northwest courier is offered and chosen.
  await expect(page.getByRole("radio", { name: /Local Courier/ })).toBeChecked();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("button", { name: /\(demo\)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();
  const orderNumber = orderNumberIn(page.url());

  const mine = await request.get(`/api/storefront/1/account/orders/${orderNumber}`, { headers: auth });
  expect(mine.status()).toBe(200);
  expect((await mine.json()).data.status).toBe("paid");
});

/** Presses Tab until the element has focus (only the keyboard moves it). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

test("checkout works with the keyboard alone", async ({ page, context, request, baseURL }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "A phone has no Tab key; the desktop project covers the keyboard.");
  await fillCart(request, context, baseURL!);
  await page.goto("/store/checkout");
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();

  const type = async (label: string, text: string) => {
    await tabTo(page, page.getByRole("textbox", { name: new RegExp(`^${label}`) }));
    await page.keyboard.type(text);
  };
  await type("Email", uniqueEmail(testInfo));
  await type("Full name", "Kay Board");
  await type("Street address", "1 Keyboard Way");
  await type("City", "Seattle");
  await type("State", "WA");
  await type("ZIP", "98101");
  // Leaving the address fields fetches the rates for Washington: the local courier's zone.
  const courier = page.getByRole("radio", { name: /Local Courier/ });
  await tabTo(page, courier);
  await page.keyboard.press("Space");
  await expect(courier).toBeChecked();
  const submit = page.getByRole("button", { name: "Continue to payment" });
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/store\/checkout\/pay\//);
  const pay = page.getByRole("button", { name: /\(demo\)$/ });
  await tabTo(page, pay);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();
});

test("in Stripe mode, a shopper is told clearly when Stripe.js cannot load", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "mobile", "It needs a shop server of its own; the desktop project runs it once.");
  test.setTimeout(150_000);
  // A second server whose site 1 has Stripe keys and talks to a fake Stripe API on loopback.
  const port = Number(process.env.E2E_PORT ?? 3200) + 50;
  const server = spawn(process.execPath, ["--import", "tsx", "e2e/support/stripe-shop-server.ts", String(port)], { stdio: "ignore" });
  try {
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForHealth(`${baseURL}/api/health`, 120_000);
    const context = await browser.newContext({ ...testInfo.project.use, baseURL });
    const blocked: string[] = [];
    // Stripe.js comes from js.stripe.com, which tests never reach: as a blocker or firewall would.
    await context.route(/^https:\/\/([\w-]+\.)*stripe\.(com|network)\//, (route) => {
      blocked.push(route.request().url());
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    await fillCart(context.request, context, baseURL);
    await page.goto("/store/checkout");
    await fillContactAndAddress(page, uniqueEmail(testInfo));
    await expect(page.getByRole("radio", { name: /Standard Shipping/ })).toBeChecked();
    await page.getByRole("button", { name: "Continue to payment" }).click();

    await expect(page).toHaveURL(/\/store\/checkout\/pay\//);
    await expect(page.getByRole("heading", { level: 2, name: "Card and other payment methods" })).toBeVisible();
    const alert = page.getByRole("alert").filter({ hasText: "The secure payment form could not load" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Nothing has been charged");
    expect(blocked.some((url) => url.startsWith("https://js.stripe.com/"))).toBe(true);
    await saveScreenshot(page, testInfo, "checkout-stripe-unavailable");
    await context.close();
  } finally {
    server.kill("SIGTERM");
  }
});
