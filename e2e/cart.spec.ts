import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";

// Putting things in the cart on the demo shop (site 1, served at /store): the Classic Crew Tee
// comes in sizes S–XL and white or black ($24, XL $26), with XL in black sold out.

const headerCart = (page: Page) => page.getByTestId("header-cart");
const lines = (page: Page) => page.getByTestId("cart-line");
const subtotal = (page: Page) => page.getByTestId("cart-subtotal");

/** Clicks an option value in the product page's picker, e.g. chooseOption(page, "Size", "M"). */
async function chooseOption(page: Page, option: string, value: string) {
  const group = page.getByRole("group", { name: new RegExp(`^${option}`) });
  const radio = page.getByRole("radio", { name: new RegExp(`^${value}( \\(sold out\\))?$`) });
  // The radio itself is visually hidden; its label is what a shopper clicks.
  await group.locator("label").filter({ has: radio }).click();
  await expect(group.getByRole("radio", { checked: true })).toHaveAccessibleName(new RegExp(`^${value}`));
}

async function addProduct(page: Page, slug: string, quantity = 1) {
  await page.goto(`/store/products/${slug}`);
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your cart" })).toBeVisible();
}

test("a shopper picks a variant, adds it, changes the quantity and removes it; the cart survives a reload", async ({ page }, testInfo) => {
  test.slow(); // three full-page screenshots
  await page.goto("/store/products/classic-crew-tee");
  await expect(headerCart(page)).toHaveAccessibleName("Cart");
  await chooseOption(page, "Size", "M");
  await chooseOption(page, "Color", "White");
  await expect(page).toHaveURL(/\?variant=\d+$/);
  await expect(page.getByRole("link", { name: /^Customize/ })).toHaveAttribute("href", "/store/design/classic-crew-tee");

  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added 2 to your cart." })).toBeVisible();
  await expect(headerCart(page)).toHaveAccessibleName("Cart 2 items");
  await saveScreenshot(page, testInfo, "product-added-to-cart"); // catalogue.spec.ts saves the plain product page
  const cartCookie = (await page.context().cookies()).find((cookie) => cookie.name === "sf_cart");
  expect(cartCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL(/\/store\/cart$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(lines(page)).toHaveCount(1);
  await expect(lines(page)).toContainText("Classic Crew Tee");
  await expect(lines(page)).toContainText("M / White");
  await expect(lines(page)).toContainText("$24.00 each");
  await expect(page.getByLabel("Quantity of Classic Crew Tee")).toHaveValue("2");
  await expect(subtotal(page)).toHaveText("$48.00");
  await expect(page.getByRole("link", { name: "Checkout" })).toHaveAttribute("href", "/store/checkout");

  await page.getByRole("button", { name: "Increase quantity of Classic Crew Tee" }).click();
  await expect(page.getByLabel("Quantity of Classic Crew Tee")).toHaveValue("3");
  await expect(subtotal(page)).toHaveText("$72.00");
  await expect(headerCart(page)).toHaveAccessibleName("Cart 3 items");
  await saveScreenshot(page, testInfo, "cart");

  // The cart lives on the server: a reload shows the same lines.
  await page.reload();
  await expect(page.getByLabel("Quantity of Classic Crew Tee")).toHaveValue("3");
  await expect(subtotal(page)).toHaveText("$72.00");

  await page.getByLabel("Quantity of Classic Crew Tee").fill("1");
  await page.getByLabel("Quantity of Classic Crew Tee").press("Enter");
  await expect(subtotal(page)).toHaveText("$24.00");
  // − stops at 1 (Remove removes); aria-disabled rather than disabled, so it keeps keyboard focus.
  await expect(page.getByRole("button", { name: "Decrease quantity of Classic Crew Tee" })).toHaveAttribute("aria-disabled", "true");

  await page.getByRole("button", { name: "Remove Classic Crew Tee" }).click();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expect(headerCart(page)).toHaveAccessibleName("Cart");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await saveScreenshot(page, testInfo, "cart-empty");
});

test("an out-of-stock variant cannot be bought, and the server refuses it too", async ({ page }) => {
  await page.goto("/store/products/classic-crew-tee");
  await chooseOption(page, "Size", "XL");
  await chooseOption(page, "Color", "Black");
  const addButton = page.getByRole("button", { name: "Add to cart" });
  await expect(addButton).toBeDisabled();
  await expect(page.getByText("This option is out of stock")).toBeVisible();

  // A shopper who forces the button still gets nothing: the stock check is on the server.
  await addButton.evaluate((button) => button.removeAttribute("disabled"));
  await addButton.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This item is out of stock");
  await page.goto("/store/cart");
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();

  // A product without options that is sold out.
  await page.goto("/store/products/wide-latte-mug");
  await expect(page.getByRole("button", { name: "Add to cart" })).toBeDisabled();
  await expect(page.getByText("Out of stock", { exact: true }).last()).toBeVisible();
});

test("discount codes and gift certificates are checked, applied, remembered and removable", async ({ page }, testInfo) => {
  await addProduct(page, "speckled-stoneware-mug"); // $34.00
  await page.goto("/store/cart");
  await expect(subtotal(page)).toHaveText("$34.00");

  await page.getByLabel("Discount code").fill("SPRING15");
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: "expired" })).toHaveText("This discount code has expired");
  await expect(page.getByLabel("Discount code")).toHaveValue("SPRING15");

  await page.getByLabel("Discount code").fill("welcome10");
  await page.getByRole("button", { name: "Apply" }).first().click();
  const applied = page.getByTestId("applied-code");
  await expect(applied.filter({ hasText: "WELCOME10" })).toContainText("−$3.40");
  await expect(page.getByTestId("cart-total")).toHaveText("$30.60");
  await expect(page.getByLabel("Discount code")).toHaveCount(0);

  await page.getByLabel("Gift certificate").fill("GIFT-NOPE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not found" })).toHaveText("Gift certificate not found");
  await page.getByLabel("Gift certificate").fill("GIFT-MAPLE-2500");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(applied.filter({ hasText: "GIFT-MAPLE-2500" })).toContainText("−$25.00");
  await expect(page.getByTestId("cart-total")).toHaveText("$5.60");
  await saveScreenshot(page, testInfo, "cart-with-codes");

  // Remembered for checkout, in a cookie per site.
  await page.reload();
  await expect(page.getByTestId("cart-total")).toHaveText("$5.60");
  const codes = (await page.context().cookies()).find((cookie) => cookie.name === "sf_codes_1");
  expect(JSON.parse(decodeURIComponent(codes!.value))).toEqual({ discountCode: "WELCOME10", giftCertificateCode: "GIFT-MAPLE-2500" });

  await page.getByRole("button", { name: "Remove discount WELCOME10" }).click();
  await expect(applied.filter({ hasText: "WELCOME10" })).toHaveCount(0);
  await expect(page.getByTestId("cart-total")).toHaveText("$9.00");
  await expect(page.getByLabel("Discount code")).toBeVisible();
});

test("a recovered cart's session is adopted on the cart page", async ({ page, browser }) => {
  // The API's recovery link spends its token and leaves the cart's session id in sf_recovered_cart;
  // here another browser's cart plays the recovered one.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await addProduct(otherPage, "speckled-stoneware-mug", 2);
  const recoveredSession = (await other.cookies()).find((cookie) => cookie.name === "sf_cart")!.value;
  await other.close();

  await page.goto("/store");
  await page.context().addCookies([{ name: "sf_recovered_cart", value: recoveredSession, url: new URL("/", page.url()).href }]);
  await page.goto("/store/cart?recovered=1");
  await expect(page).toHaveURL(/\/store\/cart\?recovered=1$/);
  await expect(page.getByText("Welcome back! Your cart is just as you left it.")).toBeVisible();
  await expect(lines(page)).toContainText("Speckled Stoneware Mug");
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === "sf_cart")?.value).toBe(recoveredSession);
  expect(cookies.find((cookie) => cookie.name === "sf_recovered_cart")).toBeUndefined();
});

test("a signed-in customer adds a product to the wishlist and removes it", async ({ page }, testInfo) => {
  // Each viewport project runs at the same time as the other, with the same demo customer.
  const slug = testInfo.project.name === "mobile" ? "canvas-bucket-hat" : "ribbed-knit-beanie";
  await page.goto(`/store/products/${slug}`);
  await page.getByRole("link", { name: "Add to wishlist (sign in first)" }).click();
  await expect(page).toHaveURL(new RegExp(`/store/account/sign-in\\?next=%2Fstore%2Fproducts%2F${slug}$`));
  await page.getByLabel("Email").fill("shopper@example.com");
  await page.getByLabel("Password").fill("maple-and-thread-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/store/products/${slug}$`));

  await page.getByRole("button", { name: "Add to wishlist" }).click();
  await expect(page.getByRole("button", { name: "Remove from wishlist" })).toBeVisible();
  await expect(page.getByText("Added to your wishlist")).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Remove from wishlist" }).click();
  await expect(page.getByRole("button", { name: "Add to wishlist" })).toBeVisible();
  await expect(page.getByText("Removed from your wishlist")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Add to wishlist" })).toBeVisible();
});
