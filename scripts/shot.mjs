// Screenshots a page in headless Chromium: node scripts/shot.mjs <url> <out.png> [width] [light|dark] [fullPage]
import { chromium } from "@playwright/test";
const [url, out, width = "1280", scheme = "light", full = ""] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();
