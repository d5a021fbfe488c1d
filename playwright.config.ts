import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Playwright cannot download its own browsers on these machines: use Debian's. Its headless shell (package
// chromium-headless-shell, what Playwright itself runs headless) starts 8 processes and ~80 threads per browser
// where the full /usr/bin/chromium starts 10 and ~120, and spends about a fifth less CPU on an axe scan.
const executablePath = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((p) => existsSync(p));

/** The sub-path the second build is served under, as on GitHub Pages. */
export const SUBPATH = "/fcna/";
/** Ports of the two servers: E2E_PORT moves both, so several checkouts can run their tests side by side. */
const PORT = Number(process.env.E2E_PORT || 4321);
export const ROOT_ORIGIN = `http://localhost:${PORT}`;
/** Origin of the sub-path build (dist-base/, served under SUBPATH). */
export const SUBPATH_ORIGIN = `http://localhost:${PORT + 1}`;

/**
 * Time budgets, in ms, for a busy 2-core machine (load 10 and more from other work). A budget never makes a
 * passing test slower: it only bounds how long a broken one hangs, so each is set to what the work takes under
 * load with room to spare. Tests that do more than one unit of work ask for more with `budget()` (support/budget.ts).
 */
export const BUDGET = {
  /** One test: a page load and a few interactions. */
  test: 60_000,
  /** Each further page a test visits. */
  visit: 15_000,
  /**
   * One axe scan (WCAG 2.2 AA, all rules). The longest page took 25 s of CPU for one scan, 150 s of wall time with
   * the machine at load 40; most of it is colour contrast over every glyph of the page's formulas.
   */
  axeScan: 180_000,
  /** One wait on a state (an element, a URL, a computed value). */
  expect: 20_000,
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Two workers on two cores: each is one browser (Playwright keeps it for the worker's life) with one page at a time.
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: BUDGET.test,
  expect: { timeout: BUDGET.expect },
  use: {
    baseURL: `${ROOT_ORIGIN}/`,
    trace: "off",
    // The offline service worker would precache the whole site in every fresh context and slow every test:
    // blocked here, allowed only by the offline tests (tests/e2e/offline.spec.ts).
    serviceWorkers: "block",
    navigationTimeout: BUDGET.visit * 2,
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // Astro's own static server: the base path, the 404 page and trailingSlash as configured. It is started as
  // node + astro.js, not through npx, so stopping it stops the server itself (npx leaves its child running).
  webServer: [
    { command: `node node_modules/astro/astro.js preview --port ${PORT}`, url: `${ROOT_ORIGIN}/`, reuseExistingServer: !process.env.CI },
    {
      command: `node node_modules/astro/astro.js preview --outDir dist-base --port ${PORT + 1}`,
      env: { SITE_BASE: SUBPATH },
      url: `${SUBPATH_ORIGIN}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
