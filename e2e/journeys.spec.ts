import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { fillContactAndAddress } from "./support/checkout";

// Whole shopping journeys through the shop's own pages only, as a shopper clicks them: no API
// calls and no cookies set by hand. The demo shop (site 1) takes demo payments.

/**
 * Searches from the header, opens the tote and adds one to the cart. (No other spec buys the
 * tote, so the other specs' orders, which hold stock, cannot sell it out under this one.)
 */
async function findAndAddTote(page: Page) {
  const search = page.getByRole("search", { name: "Site search" }).getByRole("combobox", { name: "Search products" });
  await search.fill("canvas tote");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/store\/search\?q=canvas\+tote$/);
  await page.getByTestId("product-card").filter({ hasText: "Everyday Canvas Tote" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Everyday Canvas Tote" })).toBeVisible();
  const colour = page.getByRole("radiogroup").first();
  if (await colour.count()) {
    await colour.locator("label").first().click();
  }
  await page.getByLabel("Quantity").fill("1");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart." })).toBeVisible();
  await page.getByRole("link", { name: "View cart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(page.getByTestId("cart-line")).toContainText("Everyday Canvas Tote");
}

/** From the cart page: the code, the address, express shipping, the demo payment; answers the order number. */
async function checkOut(page: Page, email: string) {
  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await fillContactAndAddress(page, email, "Sam Rivera");
  await page.getByRole("textbox", { name: /^Discount code/ }).fill("WELCOME10");
  await page.getByRole("button", { name: "Apply discount code" }).click();
  await expect(page.getByText(/WELCOME10 applied/)).toBeVisible();
  const shipping = page.getByRole("group", { name: "Shipping method" });
  await shipping.getByRole("radio", { name: /Express Shipping/ }).check();
  const summary = page.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByText("Discount (WELCOME10)")).toBeVisible();
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/store\/checkout\/pay\//);
  const orderNumber = decodeURIComponent(/\/pay\/([^/?]+)/.exec(page.url())![1]);
  await page.getByRole("button", { name: /^Pay .* \(demo\)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();
  return orderNumber;
}

test("a guest searches, picks a variant, pays in demo mode and finds the order through guest lookup", async ({ page, browser, baseURL }, testInfo) => {
  test.slow();
  const email = `journey-${testInfo.project.name}-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto("/");
  await findAndAddTote(page);
  const orderNumber = await checkOut(page, email);
  await expect(page.getByTestId("header-cart")).toHaveAccessibleName("Cart");

  const other = await browser.newContext({ ...testInfo.project.use, baseURL });
  const lookup = await other.newPage();
  await lookup.goto("/");
  await lookup.getByRole("link", { name: "Find your order" }).click();
  await lookup.getByLabel("Order number").fill(orderNumber);
  await lookup.getByLabel("Email").fill(email);
  await lookup.getByRole("button", { name: "Find my order" }).click();
  await expect(lookup.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  await expect(lookup.getByRole("list", { name: "Tracking" })).toContainText("Payment received");
  await other.close();
});

test("a customer registers, buys, sees the order in My Account and opens a support thread about it", async ({ page }, testInfo) => {
  test.slow();
  const email = `member-${testInfo.project.name}-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto("/");
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("First name").fill("Sam");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a journey through the shop");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

  await findAndAddTote(page);
  await page.getByRole("link", { name: "Checkout" }).click();
  // Signed in: the contact details come from the account.
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.goBack();
  const orderNumber = await checkOut(page, email);

  await page.getByRole("link", { name: "Account" }).click();
  await page.getByRole("navigation", { name: "My account" }).getByRole("link", { name: "Orders", exact: true }).click();
  const row = page.getByRole("listitem").filter({ hasText: orderNumber });
  await expect(row).toContainText("Paid");
  await row.getByRole("link", { name: orderNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();
  await page.getByRole("link", { name: "Ask about this order" }).click();
  await page.getByLabel("Subject").fill("Gift wrapping");
  await page.getByLabel("Message").fill("Could the tote be gift wrapped?");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gift wrapping" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Messages" })).toContainText("Could the tote be gift wrapped?");
});
