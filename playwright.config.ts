import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Playwright cannot download its own browsers on these machines: use Debian's Chromium when present.
const systemChromium = "/usr/bin/chromium";
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

/** The sub-path the second build is served under, as on GitHub Pages. */
export const SUBPATH = "/fcna/";
/** Ports of the two servers: E2E_PORT moves both, so several checkouts can run their tests side by side. */
const PORT = Number(process.env.E2E_PORT || 4321);
export const ROOT_ORIGIN = `http://localhost:${PORT}`;
/** Origin of the sub-path build (dist-base/, served under SUBPATH). */
export const SUBPATH_ORIGIN = `http://localhost:${PORT + 1}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `${ROOT_ORIGIN}/`,
    trace: "off",
    // The offline service worker would precache the whole site in every fresh context and slow every test:
    // blocked here, allowed only by the offline tests (tests/e2e/offline.spec.ts).
    serviceWorkers: "block",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    { command: `node scripts/serve.mjs --dir dist --port ${PORT}`, url: `${ROOT_ORIGIN}/`, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve.mjs --dir dist-base --port ${PORT + 1} --base ${SUBPATH}`, url: `${SUBPATH_ORIGIN}${SUBPATH}`, reuseExistingServer: !process.env.CI },
  ],
});
