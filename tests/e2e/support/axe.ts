import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { BUDGET } from "../../../playwright.config";

/** The standard every page is held to: WCAG 2.2 AA, with the A and AA rules of 2.0 and 2.1 it includes. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The WCAG rules whose outcome depends on the colours on screen: all a second scan of the same document in the
 * other colour scheme needs to run (axe's colour-contrast is also most of a scan's cost).
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe over the whole page as it is now and returns its violations as short lines ("rule: selector | …"),
 * so a failing test prints what to fix. `rules` runs those rules only (e.g. COLOUR_RULES) instead of all of WCAG_TAGS. Each call adds one scan's budget to the test's time.
 * Only violations are collected in full: axe otherwise builds a selector for every passing node too.
 * Legacy mode runs axe in the page itself: the default mode opens a second page for every scan to merge the
 * frames' results, which costs 2–3× the scan on these 2-core machines (measured: /failure-mechanisms/ 13–18 s
 * against 5.6–6.3 s, /interphases/ 5.8–6.0 s against 2.8–3.6 s). The site's pages have no cross-origin frames,
 * the one thing legacy mode would not reach, so nothing goes unchecked.
 */
export async function axeViolations(
  page: Page,
  { include, exclude, rules }: { include?: string; exclude?: string; rules?: string[] } = {},
): Promise<string[]> {
  test.info().setTimeout(test.info().timeout + BUDGET.axeScan);
  // options() replaces the whole run configuration, so it comes before withTags(), which adds runOnly to it.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).setLegacyMode(true);
  if (rules) builder.withRules(rules);
  if (include) builder.include(include);
  if (exclude) builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
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
