import { test, expect, type Page } from "@playwright/test";
import axe from "axe-core";
import { BUDGET } from "../../../playwright.config";

/** The standard every page is held to: WCAG 2.2 AA, with the A and AA rules of 2.0 and 2.1 it includes. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The WCAG rules whose outcome depends on the colours on screen: all a second scan of the same document in the
 * other colour scheme needs to run (axe's colour-contrast is also most of a scan's cost).
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Puts axe-core into every frame of the page that does not have it yet: once per document, however many scans
 * follow. (@axe-core/playwright evaluates its 560 kB source twice per scan, 0.35–0.4 s each on these machines, so
 * a page scanned in both schemes paid for four copies.) Frames get axe like its legacy mode gives it: same-origin
 * messaging only, and the site's pages have no cross-origin frames to miss.
 */
async function ensureAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === "function");
    if (present) continue;
    await frame.evaluate(axe.source);
    await frame.evaluate(() => (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ["<same_origin>"] }));
  }
}

/**
 * Runs axe over the whole page as it is now (or `include` minus `exclude`) and returns its violations as short
 * lines ("rule: selector | …"), so a failing test prints what to fix. `rules` runs those rules only (e.g.
 * COLOUR_RULES) instead of all of WCAG_TAGS. Each call adds one scan's budget to the test's time. Only violations
 * are collected in full: axe otherwise builds a selector for every passing node too. axe runs in the page itself,
 * in one call: the runner's default mode opens a second page for every scan to merge the frames' results, which
 * costs 2–3× the scan on these 2-core machines.
 */
export async function axeViolations(
  page: Page,
  { include, exclude, rules }: { include?: string; exclude?: string; rules?: string[] } = {},
): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + BUDGET.axeScan);
  await ensureAxe(page);
  const context = { ...(include ? { include: [include] } : {}), exclude: exclude ? [exclude] : [] };
  const options = {
    resultTypes: ["violations"],
    runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG_TAGS },
  };
  return page.evaluate(async ({ context, options }) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(context as axe.ElementContext, options as axe.RunOptions);
    return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, { context, options });
}

/**
 * Scans the page in the light scheme, then in the dark one without reloading: the colours come from light-dark()
 * and follow the emulated scheme at once, so one load serves both. Load the page in the light scheme first.
 * `background` names the element whose colour shows that the switch has happened (the body unless said).
 * The dark scan runs COLOUR_RULES only: every other rule sees the same document as in the light scan.
 */
export async function axeBothSchemes(page: Page, { background = "body" }: { background?: string } = {}): Promise<{ light: string[]; dark: string[] }> {
  const colour = () => page.locator(background).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await colour();
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(colour).not.toBe(before);
  return { light, dark: await axeViolations(page, { rules: COLOUR_RULES }) };
}
