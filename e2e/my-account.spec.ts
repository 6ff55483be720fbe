import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { saveScreenshot } from "./support/screenshots";
import { fillContactAndAddress } from "./support/checkout";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

// My Account on the demo shop (site 1), each test as a customer it registers itself.

const PASSWORD = "a long enough passphrase";

const freshEmail = (testInfo: TestInfo) => `account-${testInfo.project.name}-${randomUUID().slice(0, 8)}@example.com`;


async function register(page: Page, email: string, firstName = "Avery") {
  await page.goto("/store/account/register");
  await page.getByLabel("First name").fill(firstName);
  await page.getByLabel("Last name").fill("Stone");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A form's or page's announced outcome (role status), picked by its words: a loading page has a status of its own. */
const notice = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

const section = (page: Page, name: string) => page.getByRole("navigation", { name: "My account" }).getByRole("link", { name, exact: true });

/**
 * The newest message to `email` in the outbox of the e2e server. scripts/e2e-server.ts gives the
 * server a DATA_DIR of its own under the temporary directory (./.data with TEST_DATABASE_URL), and
 * /dev/outbox is off in production, so the files are read directly; the address is unique to
 * this test, so another run's outbox never matches.
 */
async function latestEmailTo(email: string): Promise<{ text: string }> {
  const roots = [join(process.cwd(), ".data"), ...(await readdir(tmpdir())).filter((n) => n.startsWith("storefront-e2e-")).map((n) => join(tmpdir(), n))];
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const root of roots) {
      const dir = join(root, "outbox");
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith(".json")).sort().reverse()) {
        const message = JSON.parse(await readFile(join(dir, name), "utf8").catch(() => "{}"));
        if (message.to === email) return message;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No e-mail to ${email} in any e2e outbox`);
}

/** An order of the customer `email` through the JSON API: a cart they sign in with, checkout, the demo payment (or its decline). */
async function placeOrder(request: APIRequestContext, email: string, outcome: "succeeded" | "failed" = "succeeded") {
  const api = "/api/storefront/1";
  const products = (await (await request.get(`${api}/products?limit=100`)).json()).data as { id: number; slug: string }[];
  let productId = 0;
  for (const product of products) {
    const detail = (await (await request.get(`${api}/products/${product.slug}`)).json()).data;
    if (detail.variants.length === 0 && detail.inventory > 2) {
      productId = detail.id;
      break;
    }
  }
  expect(productId).toBeGreaterThan(0);
  const sessionId = randomUUID();
  expect((await request.post(`${api}/cart`, { data: { sessionId, productId, quantity: 1 } })).ok()).toBe(true);
  // Signing in with the cart's session makes the cart, and so the order, the customer's: an order
  // matched by email alone would count only once the email is verified.
  const login = await request.post(`${api}/auth`, { data: { action: "login", email, password: PASSWORD, sessionId } });
  const token = (await login.json()).data.token as string;
  const checkout = await request.post(`${api}/checkout`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      sessionId,
      customerEmail: email,
      customerName: "Avery Stone",
      shippingAddress: { line1: "12 Elm Street", city: "Portland", state: "OR", postalCode: "97201", country: "US" },
    },
  });
  const placed = (await checkout.json()).data as { orderNumber: string; clientSecret: string };
  const paid = await request.post(`${api}/checkout/demo-payment`, {
    data: { orderNumber: placed.orderNumber, paymentIntentId: placed.clientSecret.replace("_secret_demo", ""), outcome },
  });
  expect((await paid.json()).data).toMatchObject(outcome === "succeeded" ? { status: "paid" } : { status: "pending", paymentStatus: "failed" });
  return { orderNumber: placed.orderNumber, token, productId };
}

test("a customer edits their details", async ({ page }, testInfo) => {
  await register(page, freshEmail(testInfo));

  await page.getByLabel("First name").fill("Robin");
  await page.getByLabel("Phone").fill("+1 503 555 0100");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(notice(page, "Your details have been saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Signed in as Robin Stone")).toBeVisible();
  await expect(page.getByLabel("Phone")).toHaveValue("+1 503 555 0100");
  await saveScreenshot(page, testInfo, "account-overview");
});

test("a customer keeps an address book with defaults", async ({ page }, testInfo) => {
  test.slow(); // registration's deliberate password hashing, then eight form round trips
  await register(page, freshEmail(testInfo));

  await section(page, "Addresses").click();
  await expect(page.getByRole("heading", { level: 1, name: "Address book" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No saved addresses yet" })).toBeVisible();

  const addAddress = async (label: string, line1: string, defaults: { shipping?: boolean; billing?: boolean }) => {
    await page.getByRole("link", { name: "Add an address" }).first().click();
    await page.getByLabel("Label (optional)").fill(label);
    await page.getByLabel("First name").fill("Robin");
    await page.getByLabel("Last name").fill("Stone");
    await page.getByLabel("Address line 1").fill(line1);
    await page.getByLabel("City").fill("Portland");
    await page.getByLabel("State, province or region").fill("OR");
    await page.getByLabel("Postal code").fill("97201");
    await page.getByLabel("Country code").fill("us");
    if (defaults.shipping) await page.getByLabel("Default shipping address").check();
    if (defaults.billing) await page.getByLabel("Default billing address").check();
    await page.getByRole("button", { name: "Save address" }).click();
    await expect(notice(page, "Address added.")).toBeVisible();
  };
  const card = (label: string) => page.getByTestId("address-card").filter({ has: page.getByRole("heading", { name: label }) });

  await addAddress("Home", "12 Elm Street", { shipping: true, billing: true });
  await expect(card("Home")).toContainText("Default shipping");
  await expect(card("Home")).toContainText("Default billing");
  await expect(card("Home")).toContainText("US");

  // A second default shipping address takes the flag from the first; billing stays.
  await addAddress("Work", "400 Harbor Way", { shipping: true });
  await expect(card("Work")).toContainText("Default shipping");
  await expect(card("Home")).not.toContainText("Default shipping");
  await expect(card("Home")).toContainText("Default billing");

  await card("Work").getByRole("link", { name: "Edit Work" }).click();
  await expect(page.getByLabel("Address line 1")).toHaveValue("400 Harbor Way");
  await page.getByLabel("Address line 1").fill("");
  await page.getByLabel("Address line 1").fill("401 Harbor Way");
  await page.getByLabel("Default billing address").check();
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(notice(page, "Address saved.")).toBeVisible();
  await expect(card("Work")).toContainText("401 Harbor Way");
  await expect(card("Work")).toContainText("Default billing");
  await expect(card("Home")).not.toContainText("Default billing");
  await saveScreenshot(page, testInfo, "account-addresses");

  await card("Home").getByRole("button", { name: "Delete Home" }).click();
  await expect(card("Home")).toHaveCount(0);
  await expect(page.getByTestId("address-card")).toHaveCount(1);
});

test("a customer changes their password, then resets a forgotten one from the e-mailed link", async ({ page }, testInfo) => {
  test.slow(); // Five password hashes and an e-mail: slow on a busy machine.
  const email = freshEmail(testInfo);
  await register(page, email);

  await section(page, "Password").click();
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("The current password is not correct");

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(notice(page, "Your password has been changed. You stay signed in here")).toBeVisible();
  await saveScreenshot(page, testInfo, "account-password");
  // This browser kept its session.
  await section(page, "Overview").click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(/\/account/);
  await page.goto("/store/account/sign-in");
  await signIn(page, email, PASSWORD);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Invalid email or password");
  await signIn(page, email, "a brand new passphrase");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).not.toHaveURL(/\/account/);

  await page.goto("/store/account/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  // An unknown address gets exactly the answer a real one gets.
  await page.getByLabel("Email").fill(`nobody-${randomUUID().slice(0, 8)}@example.com`);
  await page.getByRole("button", { name: "Send reset link" }).click();
  const sameAnswer = await notice(page, /^If an account exists for this email/).textContent();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(notice(page, sameAnswer!)).toBeVisible();
  await saveScreenshot(page, testInfo, "account-forgot-password");

  const message = await latestEmailTo(email);
  const link = new URL(message.text.match(/https?:\/\/\S+\/store\/account\/reset-password\?token=\S+/)![0]);
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("reset passphrase 2026");
  await page.getByLabel("Repeat the new password").fill("reset passphrase 2027");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("The passwords do not match");
  await page.getByLabel("Repeat the new password").fill("reset passphrase 2026");
  await saveScreenshot(page, testInfo, "account-reset-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/store\/account\/sign-in\?notice=password-reset$/);
  await expect(notice(page, "Your password has been changed. Sign in with your new password.")).toBeVisible();
  await signIn(page, email, "reset passphrase 2026");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

  // The link works once.
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByLabel("New password", { exact: true }).fill("yet another passphrase");
  await page.getByLabel("Repeat the new password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("expired or was already used");
});

test("a customer finds an order in their history, cancels it with a reason and asks support about it", async ({ page, request }, testInfo) => {
  test.slow(); // Checkout and payment through the API come first.
  const email = freshEmail(testInfo);
  await register(page, email);
  const { orderNumber } = await placeOrder(request, email);

  await section(page, "Orders").click();
  await expect(page.getByRole("heading", { level: 1, name: "Your orders" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: orderNumber });
  await expect(row).toContainText("Paid");
  await expect(row).toContainText(/\$\d+\.\d{2}/);
  await saveScreenshot(page, testInfo, "account-orders");

  await row.getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Items" })).toContainText("Total");
  await expect(page.getByRole("region", { name: "Order history" })).toContainText("Order placed");
  await expect(page.getByRole("region", { name: "Order history" })).toContainText("Payment received");
  await expect(page.getByRole("region", { name: "Shipments" })).toContainText("Tracking appears here once your order ships.");
  await saveScreenshot(page, testInfo, "account-order-detail");

  await page.getByLabel("Reason for cancelling").fill("Ordered the wrong colour");
  await page.getByRole("button", { name: "Cancel order" }).click();
  await expect(notice(page, "Your order has been cancelled.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Order history" })).toContainText("Cancelled by the customer: Ordered the wrong colour");
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);

  await page.getByRole("link", { name: "Ask about this order" }).click();
  await expect(page.getByLabel("Order (optional)")).toHaveValue(/\d+/);
  await page.getByLabel("Subject").fill("Refund for my cancelled order");
  await page.getByLabel("Message").fill("When will the refund reach my card?");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Refund for my cancelled order" })).toBeVisible();
  await expect(notice(page, "Message sent.")).toBeVisible();

  await page.getByLabel("Your reply").fill("It was paid with the demo card.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("list", { name: "Messages" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("list", { name: "Messages" })).toContainText("It was paid with the demo card.");
  await expect(page.getByLabel("Your reply")).toHaveValue("");
  await saveScreenshot(page, testInfo, "account-support-thread");

  await section(page, "Support").click();
  await expect(page.getByRole("link", { name: "Refund for my cancelled order" })).toBeVisible();
  await expect(page.getByText("1 reply")).toBeVisible();
});

test("a customer sees and empties their wishlist and chooses their notifications", async ({ page, request }, testInfo) => {
  const email = freshEmail(testInfo);
  await register(page, email);
  const login = await request.post("/api/storefront/1/auth", { data: { action: "login", email, password: PASSWORD } });
  const token = (await login.json()).data.token as string;
  const product = (await (await request.get("/api/storefront/1/products/classic-crew-tee")).json()).data as { id: number };
  expect((await request.post("/api/storefront/1/account/wishlist", { headers: { authorization: `Bearer ${token}` }, data: { productId: product.id } })).ok()).toBe(true);

  await section(page, "Wishlist").click();
  const item = page.getByTestId("wishlist-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("link", { name: "Classic Crew Tee" })).toHaveAttribute("href", "/store/products/classic-crew-tee");
  await expect(item).toContainText(/\$\d+\.\d{2}/);
  await expect(item.getByTestId("stock-status")).toBeVisible();
  await saveScreenshot(page, testInfo, "account-wishlist");
  await item.getByRole("button", { name: "Remove Classic Crew Tee" }).click();
  await expect(page.getByRole("heading", { name: "Your wishlist is empty" })).toBeVisible();

  await section(page, "Notifications").click();
  await expect(page.getByLabel("E-mail for orders and account")).toBeChecked();
  await expect(page.getByLabel("E-mail for newsletter")).not.toBeChecked();
  await page.getByLabel("E-mail for newsletter").check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(notice(page, "Your notification preferences have been saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("E-mail for newsletter")).toBeChecked();
  await saveScreenshot(page, testInfo, "account-notifications");

  await section(page, "Returns").click();
  await expect(page.getByRole("heading", { name: "No return requests" })).toBeVisible();
});

test("account pages send a signed-out visitor to sign in and come back", async ({ page }) => {
  await page.goto("/store/account/orders");
  await expect(page).toHaveURL(/\/store\/account\/sign-in\?next=%2Fstore%2Faccount%2Forders$/);
  await page.goto("/store/account/reset-password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This link is incomplete");
});

test("a customer's review waits for approval on their Reviews page and stays off the product until then", async ({ page, request }, testInfo) => {
  test.slow(); // Checkout and payment through the API come first.
  const email = freshEmail(testInfo);
  await register(page, email);
  const { token, productId } = await placeOrder(request, email);
  const products = (await (await request.get("/api/storefront/1/products?limit=100")).json()).data as { id: number; slug: string; name: string }[];
  const product = products.find((p) => p.id === productId)!;
  const title = `Review ${randomUUID().slice(0, 8)}`;
  const written = await request.post(`/api/storefront/1/products/${product.slug}/reviews`, {
    headers: { authorization: `Bearer ${token}` },
    data: { rating: 4, title, body: "Fits well and the print is crisp." },
  });
  expect(written.status()).toBe(201);

  await section(page, "Reviews").click();
  await expect(page.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  // Paid, not delivered: reviewable through the API, not yet offered here.
  await expect(page.getByRole("region", { name: "Ready for review" })).toContainText("Products from your delivered orders appear here");
  const mine = page.getByRole("region", { name: "Your reviews" }).getByRole("listitem").filter({ hasText: title });
  await expect(mine).toContainText(product.name);
  await expect(mine).toContainText("Awaiting approval");
  await expect(mine.getByRole("img", { name: "4 out of 5 stars" })).toBeVisible();
  await saveScreenshot(page, testInfo, "account-reviews");

  await mine.getByRole("link", { name: product.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Reviews" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Reviews" })).not.toContainText(title);
});

test("a customer orders a past order again from its page", async ({ page, request }, testInfo) => {
  test.slow(); // Checkout and payment through the API come first.
  const email = freshEmail(testInfo);
  await register(page, email);
  const { orderNumber } = await placeOrder(request, email);

  await page.goto(`/store/account/orders/${encodeURIComponent(orderNumber)}`);
  const again = page.getByRole("region", { name: "Order again" });
  await again.getByRole("button", { name: "Add items to cart" }).click();
  await expect(notice(page, "Added to your cart (1 item in it now).")).toBeVisible();
  await again.getByRole("button", { name: "Add items to cart" }).click();
  await expect(notice(page, "Added to your cart (2 items in it now).")).toBeVisible();
  await saveScreenshot(page, testInfo, "account-order-again");

  await again.getByRole("link", { name: "View cart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(page.getByLabel(/^Quantity of /)).toHaveValue("2");
});

test("a customer retries a declined payment from the order page, sees every attempt and has the confirmation sent again", async ({ page, request }, testInfo) => {
  test.slow(); // Checkout and a declined payment through the API come first.
  const email = freshEmail(testInfo);
  await register(page, email);
  const { orderNumber } = await placeOrder(request, email, "failed");

  await page.goto(`/store/account/orders/${encodeURIComponent(orderNumber)}`);
  await expect(page.getByRole("alert").filter({ hasText: "The payment for this order did not go through." })).toBeVisible();
  const payments = page.getByRole("region", { name: "Payments" });
  await expect(payments).toContainText("Demo card declined");
  await expect(payments).toContainText("Failed");
  await expect(page.getByRole("button", { name: "Resend confirmation" })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await saveScreenshot(page, testInfo, "account-order-payment-failed");

  await page.getByRole("button", { name: "Retry payment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payment" })).toBeVisible();
  await page.getByRole("button", { name: /^Pay .*\(demo\)$/ }).click();
  await expect(page).toHaveURL(/\/order\//);

  await page.goto(`/store/account/orders/${encodeURIComponent(orderNumber)}`);
  await expect(payments.getByRole("listitem")).toHaveCount(2);
  await expect(payments.getByRole("listitem").first()).toContainText("Failed");
  await expect(payments.getByRole("listitem").last()).toContainText("Paid");
  await expect(page.getByRole("button", { name: "Retry payment" })).toHaveCount(0);
  // The demo shop leaves customer refunds off, its default: returns are the way there.
  await expect(page.getByRole("link", { name: "Request a refund" })).toHaveCount(0);

  await page.getByRole("button", { name: "Resend confirmation" }).click();
  await expect(notice(page, `Sent to ${email}.`)).toBeVisible();
  await saveScreenshot(page, testInfo, "account-order-payments");
});

test("a customer sees the points a paid order earned, their tier and their activity on the Loyalty page, and redeems some at checkout", async ({ page, request, context, baseURL }, testInfo) => {
  test.slow(); // registration's deliberate password hashing, two orders and a build of the checkout
  const email = freshEmail(testInfo);
  await register(page, email);
  await section(page, "Loyalty").click();
  await expect(page.getByRole("heading", { level: 1, name: "Loyalty points" })).toBeVisible();
  await expect(page.getByTestId("loyalty-balance")).toHaveText("0 points");
  await expect(page.getByRole("heading", { name: "No points yet" })).toBeVisible();

  // The demo shop gives 5 points a dollar of merchandise, each worth a cent; Bronze from 0, Silver from 1,000.
  const { orderNumber, token, productId } = await placeOrder(request, email);
  const order = (await (await request.get(`/api/storefront/1/account/orders/${orderNumber}`, { headers: { authorization: `Bearer ${token}` } })).json()).data as { subtotal: number };
  const points = Math.floor((order.subtotal * 5) / 100);
  expect(points).toBeGreaterThan(0);
  const summary = (await (await request.get("/api/storefront/1/account/loyalty", { headers: { authorization: `Bearer ${token}` } })).json()).data;
  expect(summary).toMatchObject({ balance: points, lifetimeEarned: points, redeemed: 0, tier: "Bronze", nextTier: "Silver", pointsToNextTier: 1000 - points });

  await page.reload();
  await expect(page.getByTestId("loyalty-balance")).toHaveText(`${points.toLocaleString("en-US")} points`);
  await expect(page.getByText(`Worth $${(points / 100).toFixed(2)} at checkout`)).toBeVisible();
  await expect(page.getByTestId("loyalty-tier")).toHaveText("Bronze");
  await expect(page.getByText(`${(1000 - points).toLocaleString("en-US")} more points to Silver`)).toBeVisible();
  const entries = page.getByRole("list", { name: "Loyalty activity" }).getByRole("listitem");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Earned");
  await expect(entries.first()).toContainText(`+${points}`);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await saveScreenshot(page, testInfo, "account-loyalty");

  await entries.first().getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(orderNumber) })).toBeVisible();

  // Checkout offers the points to the signed-in customer: half of them, a cent each, come off before tax.
  const redeem = Math.floor(points / 2);
  const sessionId = randomUUID();
  expect((await request.post("/api/storefront/1/cart", { data: { sessionId, productId, quantity: 1 } })).ok()).toBe(true);
  await context.addCookies([{ name: "sf_cart", value: sessionId, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/store/checkout");
  await fillContactAndAddress(page, email);
  await expect(page.getByText(`You have ${points} points, each worth $0.01.`)).toBeVisible();
  await page.getByRole("textbox", { name: /^Loyalty points/ }).fill(String(redeem));
  await page.getByRole("button", { name: "Apply loyalty points" }).click();
  await expect(page.getByText(`${redeem} points will be redeemed`)).toBeVisible();
  const summaryRow = page.getByRole("complementary", { name: "Order summary" }).locator("div", { has: page.getByText("Loyalty points", { exact: true }) }).last();
  await expect(summaryRow).toContainText(`−$${(redeem / 100).toFixed(2)}`);
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await page.getByRole("button", { name: /\(demo\)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();
  await expect(page.locator("dl div", { has: page.getByText("Loyalty points", { exact: true }) })).toContainText(`−$${(redeem / 100).toFixed(2)}`);
  // The order's page in My Account lists the points' discount among its totals too.
  const redeemedOrderNumber = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.goto(`/store/account/orders/${redeemedOrderNumber}`);
  await expect(page.locator("dl div", { has: page.getByText("Loyalty points", { exact: true }) })).toContainText(`$${(redeem / 100).toFixed(2)}`);

  await page.goto("/store/account/loyalty");
  await expect(entries).toHaveCount(3);
  await expect(entries.filter({ hasText: "Redeemed" })).toContainText(`−${redeem}`);
});
