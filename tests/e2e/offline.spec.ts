import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ROOT_ORIGIN, SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { settled, watchPolicy } from "./support/csp";

// Offline reading: after one online visit the service worker has stored the site; with the network off,
// other pages and search still work, at the root and under the sub-path. Service workers are blocked in
// every other spec (playwright.config.ts) and allowed here only, so here too the pages' CSP and Trusted Types
// must let the worker register, and report no violation online or offline (src/csp/).
test.use({ serviceWorkers: "allow" });

/**
 * Waits until the service worker has installed (its precache complete) and is active. The first visit downloads
 * the whole site (about 5 MB): on a busy machine that takes a while, so these tests allow four minutes.
 */
async function stored(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Saved for offline reading" })).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe("activated");
}

for (const [name, origin, base] of [["root", ROOT_ORIGIN, "/"], ["sub-path", SUBPATH_ORIGIN, SUBPATH]] as const) {
  test(`${name}: after one visit, pages and search open offline`, async ({ page, context }) => {
    test.setTimeout(240_000);
    const violations = await watchPolicy(page);
    await page.goto(`${origin}${base}`);
    await stored(page);

    await context.setOffline(true);
    for (const [path, heading] of [
      ["failure-mechanisms/", /Failure mechanisms/],
      ["plating-and-stripping/", /Uneven plating/],
      ["equations/sand-time/", /Sand/],
      ["interphases/", /interphase/i],
      ["glossary/", /Glossary/],
    ] as const) {
      const response = await page.goto(`${origin}${base}${path}`);
      expect(response?.ok(), path).toBe(true);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    }
    // A calculator's state in the query still finds the stored page, and the calculator, which the chapter
    // loads from the equation's stored page.
    await page.goto(`${origin}${base}plating-and-stripping/?sand-time.j=5#eq-sand-time`);
    await expect(page.locator("#eq-sand-time")).toBeVisible();
    await expect(page.locator("#calc-sand-time").getByRole("textbox", { name: /applied current density/ })).toHaveValue("5");
    // So does a worked solution on /problems/, from the same stored page.
    await page.goto(`${origin}${base}problems/`);
    const solution = page.locator("#problem-sand-time-operando details.problem-solution");
    await solution.getByText("Worked solution").click();
    await expect(solution.locator(".problem-result")).toContainText("32.2");

    await page.goto(`${origin}${base}search/?q=transference`);
    // The first query starts Pagefind's WebAssembly: slow on a busy machine, so a longer wait for that state.
    await expect(page.getByRole("status").filter({ hasText: /results? for “transference”/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-search-results] a[href*="#term-transference-number"], [data-search-results] a[href*="#eq-sand-time"]').first()).toBeVisible();
    await settled(page);
    expect(violations).toEqual([]);
    await context.setOffline(false);
  });
}

test("the reader is told when a new version is ready, and Reload loads it", async ({ page }) => {
  test.setTimeout(240_000);
  // A deployment that can move on: a proxy to the root build whose sw.js changes by one comment on demand.
  let version = 1;
  const server = createServer(async (req, res) => {
    try {
      const upstream = await fetch(`${ROOT_ORIGIN}${req.url}`);
      let body = Buffer.from(await upstream.arrayBuffer());
      if (new URL(req.url ?? "/", ROOT_ORIGIN).pathname === "/sw.js") body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/octet-stream" });
      res.end(body);
    } catch (error) {
      // Answered, never left hanging: a request the old worker is still waiting on holds back the new one's
      // activation, and with it the reload this test waits for.
      console.error(`proxy: ${req.url}: ${error}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`${origin}/`);
    await stored(page);
    version = 2;
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: "A new version of this site is ready." });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    const waiting = () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    expect(await waiting()).toBe(true);
    const reloaded = page.waitForEvent("load");
    await notice.getByRole("button", { name: "Reload" }).click();
    // The new worker takes over once the old one stops. A reader's Chromium stops it when idle; a worker with
    // DevTools attached (Playwright attaches to every one) is kept running, and on a loaded machine Chromium 156
    // was seen to hold the new worker behind it for minutes. So: wait for the handover, and if it has not come,
    // stop the workers as the browser would. The new one activates only if Reload sent it SKIP_WAITING, and the
    // page reloads only through its own code (src/offline/register.ts), so both are still tested.
    const handedOver = await expect
      .poll(() => waiting().catch(() => true), { timeout: 15_000 })
      .toBe(false)
      .then(() => true, () => false);
    if (!handedOver) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("ServiceWorker.enable");
      await cdp.send("ServiceWorker.stopAllWorkers");
    }
    await reloaded;
    await expect.poll(waiting).toBe(false);
    await expect(page.getByRole("status").filter({ hasText: "A new version" })).toHaveCount(0);
  } finally {
    server.close();
  }
});
