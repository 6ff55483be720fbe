import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";

// WCAG 2.2 A and AA, as axe-core checks them, on every kind of page a shopper sees, at the
// project's width (desktop 1280 px, mobile 412 px).

test("the catalogue and the cart meet WCAG 2.2 AA", async ({ page }) => {
  test.slow();
  for (const [label, path] of [
    ["home", "/"],
    ["category", "/store/category/apparel"],
    ["product", "/store/products/classic-crew-tee"],
    ["search", "/store/search?q=mug"],
    ["order lookup", "/store/orders/lookup"],
    ["second shop", "/s/2/store"],
  ]) {
    await page.goto(path);
    await expectAccessible(page, label);
  }
  await page.goto("/store/products/classic-ceramic-mug");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your cart" })).toBeVisible();
  await expectAccessible(page, "product after adding");
  await page.goto("/store/cart");
  await expectAccessible(page, "cart");
  await page.goto("/store/checkout");
  await expectAccessible(page, "checkout");
});

test("the account pages meet WCAG 2.2 AA", async ({ page }) => {
  test.slow();
  for (const [label, path] of [
    ["sign in", "/store/account/sign-in"],
    ["register", "/store/account/register"],
    ["forgot password", "/store/account/forgot-password"],
  ]) {
    await page.goto(path);
    await expectAccessible(page, label);
  }
  await page.goto("/store/account/sign-in");
  await page.getByLabel("Email").fill("shopper@example.com");
  await page.getByLabel("Password").fill("maple-and-thread-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  for (const section of ["/account", "/account/orders", "/account/addresses", "/account/addresses/new", "/account/password", "/account/notifications", "/account/support", "/account/support/new", "/account/returns", "/account/wishlist"]) {
    await page.goto(`/store${section}`);
    await expectAccessible(page, section);
  }
});
