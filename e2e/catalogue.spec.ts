import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";

// The catalogue pages against the seeded demo data: "Maple & Thread" is the default site (served
// at /), a small coffee roaster is site 2 (served at /s/2/store).

const PRICE = /\$\d+\.\d{2}/;

const cards = (page: Page) => page.getByTestId("product-card");


test("the home page lists products with prices and the categories", async ({ page }, testInfo) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle("Maple & Thread");
  await expect(page.getByRole("heading", { level: 1, name: "Maple & Thread" })).toBeVisible();

  await expect(cards(page).first()).toBeVisible();
  expect(await cards(page).count()).toBeGreaterThanOrEqual(8);
  for (const card of (await cards(page).all()).slice(0, 8)) {
    await expect(card.getByRole("heading", { level: 3 })).not.toBeEmpty();
    await expect(card).toContainText(PRICE);
  }
  const featured = page.getByRole("region", { name: "Featured" });
  await expect(featured.getByRole("link", { name: "Classic Crew Tee" })).toHaveAttribute("href", "/store/products/classic-crew-tee");

  const categoryNav = page.getByRole("navigation", { name: "Categories" });
  for (const name of ["Apparel", "Drinkware", "Bags"]) await expect(categoryNav.getByRole("link", { name })).toBeAttached();
  const tiles = page.getByRole("region", { name: "Shop by category" }).getByTestId("category-tile");
  expect(await tiles.count()).toBeGreaterThanOrEqual(4);
  await expect(tiles.filter({ hasText: "Apparel" })).toContainText(/\d+ products/);

  await expect(page.getByRole("contentinfo").getByRole("link", { name: "API reference" })).toHaveAttribute("href", "/docs/api");
  await saveScreenshot(page, testInfo, "home");
});

test("a category shows its own products, sorts them and links back up", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Drinkware" }).click();

  await expect(page).toHaveURL(/\/store\/category\/drinkware$/);
  await expect(page.getByRole("heading", { level: 1, name: "Drinkware" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Home");
  await expect(page.getByRole("navigation", { name: "Drinkware subcategories" }).getByRole("link", { name: /Mugs/ })).toBeVisible();
  await expect(cards(page).filter({ hasText: "Classic Ceramic Mug" })).toBeVisible();
  await expect(cards(page).filter({ hasText: "Insulated Steel Water Bottle" })).toBeVisible();
  await expect(cards(page).filter({ hasText: "Classic Crew Tee" })).toHaveCount(0);
  // A compare-at price is struck through, and read out as "was …" instead.
  const onSale = cards(page).filter({ hasText: "Espresso Cup Set of Two" });
  await expect(onSale.locator("s")).toHaveText("$28.00");
  await expect(onSale.getByText(", was $28.00")).toBeAttached();

  await page.getByLabel("Sort by").selectOption("price_asc");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\?sort=price_asc$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("price_asc");
  const prices = (await cards(page).locator("p.tabular-nums > span:first-child").allTextContents()).map((text) =>
    Number(text.replace(/[^\d.]/g, "")),
  );
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));

  await page.goto("/store/category/drinkware");
  await saveScreenshot(page, testInfo, "category");

  await page.getByRole("navigation", { name: "Drinkware subcategories" }).getByRole("link", { name: /Mugs/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mugs" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Drinkware" })).toBeVisible();
  await expect(cards(page).filter({ hasText: "Insulated Steel Water Bottle" })).toHaveCount(0);
});

test("a product page shows name, price, images, options and per-variant stock", async ({ page }, testInfo) => {
  await page.goto("/store/products/classic-crew-tee");
  await expect(page).toHaveTitle("Classic Crew Tee – Maple & Thread");
  await expect(page.getByRole("heading", { level: 1, name: "Classic Crew Tee" })).toBeVisible();
  await expect(page.getByText("$24.00").first()).toBeVisible();
  await expect(page.getByRole("img", { name: "Classic Crew Tee in white, front view" })).toBeVisible();
  expect(await page.getByRole("button", { name: /Show image \d of 2/ }).count()).toBe(2);

  const size = page.getByRole("group", { name: /^Size/ });
  const color = page.getByRole("group", { name: /^Color/ });
  for (const value of ["S", "M", "L", "XL"]) await expect(size.getByRole("radio", { name: new RegExp(`^${value}\\b`) })).toBeAttached();
  await expect(color.getByRole("radio", { name: /^White/ })).toBeAttached();
  await expect(page.getByTestId("stock-status")).toHaveText(/In stock/);

  // XL costs more, and XL in black is sold out.
  const pick = (group: typeof size, value: string) =>
    group.locator("label").filter({ has: page.getByRole("radio", { name: new RegExp(`^${value}\\b`) }) }).click();
  await pick(size, "XL");
  await expect(page.getByText("$26.00").first()).toBeVisible();
  await pick(color, "Black");
  await expect(page.getByTestId("stock-status")).toHaveText(/Out of stock/);
  await expect(page).toHaveURL(/\?variant=\d+$/);
  await pick(size, "M");
  await expect(page.getByTestId("stock-status")).toHaveText(/In stock/);

  await expect(page.getByRole("table", { name: /Bulk pricing/ })).toContainText("Buy 10+");
  await expect(page.getByRole("table", { name: /Bulk pricing/ })).toContainText("$21.00 each");
  await expect(page.getByRole("heading", { name: "Can be customised" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "T-Shirts" })).toBeVisible();

  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const product = jsonLd.map((text) => JSON.parse(text)).find((data) => data["@type"] === "Product");
  expect(product).toMatchObject({ name: "Classic Crew Tee", sku: "TEE-CLASSIC" });
  expect(product.offers[0]).toMatchObject({ price: "24.00", priceCurrency: "USD", availability: "https://schema.org/InStock" });

  await page.goto("/store/products/classic-crew-tee");
  await saveScreenshot(page, testInfo, "product");
});

test("a product card leads to its product page", async ({ page }) => {
  await page.goto("/store/category/bags");
  await cards(page).getByRole("link", { name: "Everyday Canvas Tote" }).click();
  await expect(page).toHaveURL(/\/store\/products\/everyday-canvas-tote$/);
  await expect(page.getByRole("heading", { level: 1, name: "Everyday Canvas Tote" })).toBeVisible();
});

test("search finds the matching product, counts and pages results", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("search", { name: "Site search" });
  await search.getByRole("combobox", { name: "Search products" }).fill("beanie");
  await search.getByRole("combobox", { name: "Search products" }).press("Enter");

  await expect(page).toHaveURL(/\/store\/search\?q=beanie$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("beanie");
  await expect(page.getByRole("status").filter({ hasText: "found" })).toHaveText("1 product found");
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText("Ribbed Knit Beanie");

  await page.goto("/store/search?q=no-such-thing-anywhere");
  await expect(page.getByRole("heading", { name: "Nothing matched your search" })).toBeVisible();

  // A one-letter term matches most of the catalogue: more than one page of 24.
  await page.goto("/store/search?q=e");
  await expect(cards(page)).toHaveCount(24);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/store\/search\?q=e&page=2$/);
  expect(await cards(page).count()).toBeGreaterThan(0);
  await expect(page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Previous" })).toBeVisible();
});

test("the second site shows its own products and not the first site's", async ({ page }) => {
  await page.goto("/s/2/store");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Maple & Thread");
  await expect(cards(page).filter({ hasText: "House Espresso Blend" }).first()).toBeVisible();
  await expect(page.getByText("Classic Crew Tee")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Apparel" })).toHaveCount(0);

  // Links stay inside the site's own path, and its slugs resolve to its own products.
  await cards(page).getByRole("link", { name: "Coffee Gift Card Box" }).first().click();
  await expect(page).toHaveURL(/\/s\/2\/store\/products\/gift-card-box$/);
  await expect(page.getByRole("heading", { level: 1, name: "Coffee Gift Card Box" })).toBeVisible();

  const response = await page.goto("/s/2/store/products/classic-crew-tee");
  expect(response?.status()).toBe(404);
});

test("an unknown product URL shows the not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/store/products/no-such-product");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Maple & Thread" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Back to the shop" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maple & Thread" })).toBeVisible();

  expect((await page.goto("/store/category/no-such-category"))?.status()).toBe(404);
});

test("each shop has a robots.txt and a sitemap of its own catalogue", async ({ request, baseURL }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.headers()["content-type"]).toContain("text/plain");
  const rules = await robots.text();
  expect(rules).toContain("Disallow: /store/account");
  expect(rules).toContain("Disallow: /store/checkout");
  expect(rules).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`<loc>${baseURL}/store/products/classic-crew-tee</loc>`);
  expect(sitemap).toContain(`<loc>${baseURL}/store/category/apparel</loc>`);
  expect(sitemap).not.toContain("/s/2/");

  const second = await request.get("/s/2/sitemap.xml");
  expect(second.headers()["content-type"]).toContain("application/xml");
  const secondXml = await second.text();
  expect(secondXml).toContain(`<loc>${baseURL}/s/2/store/products/`);
  expect(secondXml).not.toContain("classic-crew-tee");
  expect((await request.get("/s/999/sitemap.xml")).status()).toBe(404);
});

test("a client-side navigation shows a progress bar until the next page arrives", async ({ page }) => {
  await page.goto("/");
  // The header's cart count is read once the page is hydrated: a click before that is replayed
  // by React to the link before the bar's listener is attached.
  await expect(page.getByTestId("header-cart")).toBeVisible();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/store\/category\/apparel/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("link", { name: "Browse Apparel" }).click();
  await expect(page.getByRole("progressbar", { name: "Loading page" })).toBeVisible();
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Apparel" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Loading page" })).toHaveCount(0);
});

test("the search box suggests products as you type, chosen with the keyboard", async ({ page }) => {
  await page.goto("/store/search");
  const box = page.getByRole("search", { name: "Search again" }).getByRole("combobox", { name: "Search products" });
  await box.fill("crew");
  const options = page.getByRole("listbox", { name: "Product suggestions" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText(/crew/i);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const first = (await options.first().textContent())!;
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/store\/products\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first.replace(/\$[\d.,]+$/, "").trim());

  await page.goto("/store/search");
  await box.fill("crew");
  await expect(options.first()).toBeVisible();
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/store\/search\?q=crew/);
});

test("the internal shop tree is not a second address for the pages", async ({ request }) => {
  expect((await request.get("/shop/1/store")).status()).toBe(404);
  expect((await request.get("/shop/localhost/store/products/classic-crew-tee")).status()).toBe(404);
});
