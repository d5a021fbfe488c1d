import type { Locator, Page } from "@playwright/test";

/**
 * Opens the fold (components/Fold.astro) that holds `inside`, as a reader does: a press on its line. A chapter's
 * calculators and its limits map come folded. Does nothing to an open fold.
 */
export async function openFold(inside: Locator): Promise<void> {
  const fold = inside.page().locator("details.fold").filter({ has: inside });
  if (await fold.evaluate((d: HTMLDetailsElement) => d.open)) return;
  await fold.locator(":scope > summary").click();
}

/** Opens every fold of the page, as a reader would who wants to see all its charts. */
export async function openFolds(page: Page): Promise<void> {
  // One at a time from the first still closed: a list taken up front would shift under its own clicks.
  const closed = page.locator("details.fold:not([open]) > summary");
  while ((await closed.count()) > 0) await closed.first().click();
}
