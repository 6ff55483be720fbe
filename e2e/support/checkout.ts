import type { Page } from "@playwright/test";

/** Fills the checkout's contact and a San Francisco address, then leaves the ZIP field so rates load. */
export async function fillContactAndAddress(page: Page, email: string, name = "Jordan Lee") {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Country").selectOption("US");
  await page.getByLabel("Street address").fill("500 Market St");
  await page.getByLabel("City").fill("San Francisco");
  await page.getByLabel("State / province").fill("CA");
  await page.getByLabel("ZIP / postal code").fill("94105");
  await page.getByLabel("ZIP / postal code").blur();
}
