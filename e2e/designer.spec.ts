import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { saveScreenshot } from "./support/screenshots";

// The product designer on the demo tee (White and Black; Front and Back). The demo shop has no AI
// keys, so the AI tools answer that they are not available.

const redSquare = () => sharp({ create: { width: 64, height: 64, channels: 4, background: "#d62828" } }).png().toBuffer();

const layers = (page: Page) => page.getByRole("list", { name: "Layers, top first" }).getByRole("listitem");
const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible({ timeout: 15_000 });

test("a shopper designs a tee: text, keyboard moves, undo and redo, autosave, sides, upload, AI, share, then the cart", async ({ page }, testInfo) => {
  test.slow();
  await page.goto("/store/products/classic-crew-tee");
  await page.getByRole("link", { name: /^Customize/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Design your Classic Crew Tee" })).toBeVisible();
  await expect(page.getByTestId("designer-canvas")).toBeVisible();

  await page.getByRole("button", { name: "Add text" }).click();
  await expect(layers(page)).toHaveCount(1);
  await page.getByLabel("Text", { exact: true }).fill("Hello Maple");
  await expect(layers(page).first()).toContainText("Text: Hello Maple");
  await saved(page);
  await expect(page).toHaveURL(/designId=\d+/);

  // Keyboard: the canvas moves the selected layer; undo and redo step through the changes.
  const canvas = page.getByRole("application");
  await canvas.focus();
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("ControlOrMeta+z");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Redo" }).click();
  await saved(page);

  await page.reload();
  await expect(layers(page).first()).toContainText("Text: Hello Maple");

  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expect(page.getByRole("button", { name: "Back", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Nothing on this side yet.")).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: await redSquare() });
  await expect(layers(page).first()).toContainText("Image");
  await page.getByRole("combobox", { name: /^Colour/ }).selectOption({ label: "Black" });
  await saved(page);

  await page.getByLabel("Describe an image or a slogan").fill("a maple leaf");
  await page.getByRole("button", { name: "Create artwork" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "AI tools are not available in this shop yet." })).toBeVisible();
  await saveScreenshot(page, testInfo, "designer");

  await page.getByRole("button", { name: "Share" }).click();
  const shareUrl = await page.getByLabel("Share link").inputValue();
  expect(shareUrl).toMatch(/\/design\/share\/[0-9a-f-]{36}$/);
  const shared = await page.context().newPage();
  await shared.goto(new URL(shareUrl).pathname);
  await expect(shared.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(shared.getByRole("button", { name: "Make it yours" })).toBeVisible();
  await shared.close();

  await page.getByRole("button", { name: "Finish and add to cart" }).click();
  await expect(page).toHaveURL(/\/store\/cart$/, { timeout: 30_000 });
  await expect(page.getByTestId("cart-line")).toContainText("Design:");
});

test("designs made before signing in can be kept in the account", async ({ page }) => {
  test.slow();
  await page.goto("/store/design/classic-ceramic-mug");
  await page.getByRole("button", { name: "Add text" }).click();
  await saved(page);
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill("shopper@example.com");
  await page.getByLabel("Password").fill("maple-and-thread-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/store\/design\/classic-ceramic-mug$/);
  await page.getByRole("button", { name: "Keep them" }).click();
  await expect(page.getByText("Your designs are now in your account.")).toBeVisible();
  await page.goto("/store/account/designs");
  await expect(page.getByRole("link", { name: "Open in the designer" }).first()).toBeVisible();
});
