import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Playwright cannot download its own browsers on these machines: use Debian's Chromium when present.
const systemChromium = "/usr/bin/chromium";
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

/** The sub-path the second build is served under, as on GitHub Pages. */
export const SUBPATH = "/fcna/";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: "http://localhost:4321/",
    trace: "off",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: [
    { command: "node scripts/serve.mjs --dir dist --port 4321", url: "http://localhost:4321/", reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve.mjs --dir dist-base --port 4322 --base ${SUBPATH}`, url: `http://localhost:4322${SUBPATH}`, reuseExistingServer: !process.env.CI },
  ],
});
