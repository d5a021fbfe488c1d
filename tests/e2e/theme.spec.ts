import { test, expect } from "./support/test";
import type { Browser, Page } from "@playwright/test";
import { pixel } from "./support/pixel";
import { axeViolations } from "./support/axe";

// Each test loads chapter pages several times: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

// Light / Dark / Auto: a three-way choice, Auto (following the system) by default, remembered, applied before
// first paint, reachable by keyboard and named for assistive technology.

/** The page background of each theme (--bg in global.css). */
const BG = { light: "#ffffff", dark: "#11151a" } as const;
/** A point of page background beside the chapter at 1280 × 720. */
const SPOT = { x: 4, y: 400 };
const CHAPTER = "outlook/"; // the shortest chapter

const STATES = [
  // choice, system scheme, the theme the reader must see
  { choice: "auto", system: "dark", shown: "dark" },
  { choice: "auto", system: "light", shown: "light" },
  { choice: "light", system: "dark", shown: "light" },
  { choice: "dark", system: "light", shown: "dark" },
] as const;

const picker = (page: Page) => page.getByRole("combobox", { name: "Theme" });

async function contextFor(browser: Browser, system: "light" | "dark") {
  return browser.newContext({ colorScheme: system, viewport: { width: 1280, height: 720 } });
}

/**
 * Loads the chapter with every module script turned off, so what is painted comes from the HTML, the CSS and the
 * inline head script alone: the frame a reader sees before any bundled code has run. If this frame has the
 * chosen theme, the page cannot flash the other one.
 */
async function firstPaint(page: Page) {
  await page.route(`**/${CHAPTER}`, async (route) => {
    const response = await route.fetch();
    // The page's scripts start from one loader after the first paint (src/reading/after-paint.ts): keep it inert.
    const html = (await response.text()).replaceAll("<script data-modules=", '<script type="text/plain" data-modules=');
    await route.fulfill({ response, body: html });
  });
  // Stylesheets block rendering, so once the document is parsed the next frame shows the page's colours.
  await page.goto(CHAPTER, { waitUntil: "domcontentloaded" });
  await expect(picker(page)).toBeHidden(); // its script has not run: this is the pre-script frame
  const colour = await pixel(page, SPOT.x, SPOT.y);
  await page.unroute(`**/${CHAPTER}`);
  return colour;
}

test.describe("theme", () => {
  test("Auto is the default and offers all three choices", async ({ browser }) => {
    const context = await contextFor(browser, "dark");
    const page = await context.newPage();
    await page.goto(CHAPTER);
    await expect(picker(page)).toHaveValue("auto");
    await expect(picker(page).getByRole("option")).toHaveText(["Auto", "Light", "Dark"]);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme");
    expect(await pixel(page, SPOT.x, SPOT.y)).toBe(BG.dark);
    await context.close();
  });

  for (const { choice, system, shown } of STATES) {
    test(`${choice} with a ${system} system shows ${shown}, survives a reload and paints ${shown} before any script`, async ({ browser }) => {
      const context = await contextFor(browser, system);
      const page = await context.newPage();
      await page.goto(CHAPTER);
      // Choose something else first, so Auto is chosen rather than merely left as the default.
      await picker(page).selectOption(choice === "auto" ? "dark" : "auto");
      await picker(page).selectOption(choice);
      if (choice === "auto") await expect(page.locator("html")).not.toHaveAttribute("data-theme");
      else await expect(page.locator("html")).toHaveAttribute("data-theme", choice);
      expect(await pixel(page, SPOT.x, SPOT.y)).toBe(BG[shown]);

      await page.reload();
      await expect(picker(page)).toHaveValue(choice);
      expect(await pixel(page, SPOT.x, SPOT.y)).toBe(BG[shown]);

      expect(await firstPaint(page)).toBe(BG[shown]);
      await context.close();
    });
  }

  test("is reached and changed from the keyboard, and named for screen readers", async ({ browser }) => {
    const context = await contextFor(browser, "light");
    const page = await context.newPage();
    await page.goto(CHAPTER);
    await expect(picker(page)).toHaveAccessibleName("Theme");
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await picker(page).evaluate((el) => el === document.activeElement);
    }
    expect(reached, "the theme picker is in the tab order near the top").toBe(true);
    await page.keyboard.press("ArrowDown"); // Auto → Light
    await page.keyboard.press("ArrowDown"); // Light → Dark
    await expect(picker(page)).toHaveValue("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
    await context.close();
  });

  test("another open tab follows the choice", async ({ browser }) => {
    const context = await contextFor(browser, "light");
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(CHAPTER);
    await b.goto(CHAPTER);
    await picker(a).selectOption("dark");
    await expect(b.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(picker(b)).toHaveValue("dark");
    await context.close();
  });

  for (const { choice, system } of [STATES[0], STATES[2], STATES[3]]) {
    test(`axe on a chapter in ${choice} (system ${system})`, async ({ browser }) => {
      const context = await contextFor(browser, system);
      const page = await context.newPage();
      await page.goto(CHAPTER);
      await picker(page).selectOption(choice);
      await page.reload();
      await expect(picker(page)).toHaveValue(choice);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
