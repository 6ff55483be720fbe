import { expect, test } from "@playwright/test";

// Shop sign-in through next-auth: the cookie carries a storefront session, so the account pages
// act as that customer, and signing out ends the session on the server too.

const uniqueEmail = (testId: string) => `e2e-${testId.slice(0, 8)}-${Date.now()}@example.com`;

test("a shopper registers, sees their account, signs out and signs back in", async ({ page }, testInfo) => {
  test.slow(); // two deliberate password hashes and a dozen round trips
  const email = uniqueEmail(testInfo.testId);
  await page.goto("/store/account");
  await expect(page).toHaveURL(/\/store\/account\/sign-in\?next=%2Fstore%2Faccount$/);

  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("First name").fill("Robin");
  await page.getByLabel("Last name").fill("Field");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  // The browser's own check stops a password under 8 characters.
  await expect(page).toHaveURL(/\/account\/register/);

  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.getByText("Signed in as Robin Field")).toBeVisible();

  await page.reload();
  await expect(page.getByText(`(${email})`)).toBeVisible();

  // A site-1 session is no session on site 2.
  await page.goto("/s/2/store/account");
  await expect(page).toHaveURL(/\/s\/2\/store\/account\/sign-in/);

  await page.goto("/store/account");
  const signedIn = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("sf.session"));
  expect(signedIn?.httpOnly).toBe(true);
  expect(signedIn?.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/store$|\/$/);
  await page.goto("/store/account");
  await expect(page).toHaveURL(/\/account\/sign-in/);
  // Signing out ended the session on the server: the old cookie, replayed, signs no one in.
  await page.context().addCookies([signedIn!]);
  await page.goto("/store/account");
  await expect(page).toHaveURL(/\/account\/sign-in/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Invalid email or password");

  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/store\/account$/);
  await expect(page.getByText("Signed in as Robin Field")).toBeVisible();
});

test("registering an email that is taken says so", async ({ page }) => {
  await page.goto("/store/account/register");
  await page.getByLabel("Email").fill("shopper@example.com");
  await page.getByLabel("Password").fill("another passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("An account with this email already exists");
});

test("the demo shopper signs in on site 2 with that site's password", async ({ page }) => {
  await page.goto("/s/2/store/account/sign-in");
  await page.getByLabel("Email").fill("shopper@example.com");
  await page.getByLabel("Password").fill("ridgeline-roasters-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/s\/2\/store\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
});

test.describe("before the page is interactive", () => {
  test.use({ javaScriptEnabled: false });

  test("a sign-in submitted natively keeps the password out of the URL", async ({ page }) => {
    await page.goto("/store/account/sign-in");
    await page.getByLabel("Email").fill("shopper@example.com");
    await page.getByLabel("Password").fill("secret passphrase 42");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState();
    expect(page.url()).not.toContain("secret");
    expect(page.url()).not.toContain("password");
  });
});
