import { test, expect, type Page } from "@playwright/test";
import { ROOT_ORIGIN, SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";

// Offline reading: after one online visit the service worker has stored the site; with the network off,
// other pages and search still work, at the root and under the sub-path. Service workers are blocked in
// every other spec (playwright.config.ts) and allowed here only.
test.use({ serviceWorkers: "allow" });

/** Waits until the service worker has installed (its precache complete) and is active. */
async function stored(page: Page) {
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe("activated");
  await expect(page.getByRole("status").filter({ hasText: "Saved for offline reading" })).toBeVisible();
}

for (const [name, origin, base] of [["root", ROOT_ORIGIN, "/"], ["sub-path", SUBPATH_ORIGIN, SUBPATH]] as const) {
  test(`${name}: after one visit, pages and search open offline`, async ({ page, context }) => {
    test.slow(); // the first visit downloads the whole site
    await page.goto(`${origin}${base}`);
    await stored(page);

    await context.setOffline(true);
    for (const [path, heading] of [
      ["failure-mechanisms/", /Failure mechanisms/],
      ["equations/sand-time/", /Sand/],
      ["interphases/", /interphase/i],
      ["glossary/", /Glossary/],
    ] as const) {
      const response = await page.goto(`${origin}${base}${path}`);
      expect(response?.ok(), path).toBe(true);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    }
    // A calculator's state in the query still finds the stored page.
    await page.goto(`${origin}${base}failure-mechanisms/?sand-time.j=5#eq-sand-time`);
    await expect(page.locator("#eq-sand-time")).toBeVisible();

    await page.goto(`${origin}${base}search/?q=transference`);
    await expect(page.getByRole("status").filter({ hasText: /results? for “transference”/ })).toBeVisible();
    await expect(page.locator("[data-search-results] a").first()).toBeVisible();
    await context.setOffline(false);
  });
}

test("the reader is told when a new version is ready, and Reload loads it", async ({ page, context }) => {
  test.slow();
  await page.goto(`${ROOT_ORIGIN}/`);
  await stored(page);
  // The next deployment: the same worker script with one byte more.
  await context.route("**/sw.js", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// next version\n` });
  });
  await page.reload();
  const notice = page.getByRole("status").filter({ hasText: "A new version of this site is ready." });
  await expect(notice).toBeVisible();
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(controller).toMatch(/\/sw\.js$/);
  await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload" }).click()]);
  await expect(page.getByRole("status").filter({ hasText: "A new version" })).toHaveCount(0);
});
