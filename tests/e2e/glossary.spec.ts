import { test, expect } from "./support/test";
import { loadGlossary } from "../../src/glossary/load";
import { chapterSlugs } from "./support/site";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";

// The glossary page, the first-mention links in the chapters and their previews, over the production build.

const terms = loadGlossary();
const TERM_LINK = 'a[href*="/glossary/#term-"]';

test("/glossary/ lists every term at #term-<slug>", async ({ page }) => {
  expect(terms.length).toBeGreaterThanOrEqual(30);
  await page.goto("glossary/");
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  for (const t of terms) await expect(page.locator(`#term-${t.slug}`), t.slug).toHaveText(t.term);
  await expect(page.locator('[id^="term-"]')).toHaveCount(terms.length);
});

test("each chapter links a term at its first mention only, never inside headings, links or math, with no space added after it", async ({ page }) => {
  test.slow(); // eight chapters
  let total = 0;
  for (const slug of chapterSlugs()) {
    await page.goto(`${slug}/`);
    const hrefs = await page.locator(`.prose ${TERM_LINK}`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(hrefs.length, slug).toBeGreaterThan(5);
    expect(new Set(hrefs).size, `${slug}: one link per term`).toBe(hrefs.length);
    for (const h of hrefs) expect(terms.map((t) => `#term-${t.slug}`), slug).toContain(h);
    await expect(page.locator(`:is(h1, h2, h3, h4, .katex, a, th) ${TERM_LINK}`), slug).toHaveCount(0);
    // The link sits in the sentence as the word did: punctuation right after it, no space before.
    const spaced = await page
      .locator(`.prose .preview-host:has(> ${TERM_LINK})`)
      .evaluateAll((hosts) => hosts.filter((h) => /^\s+[,.;:)\]]/.test(h.nextSibling?.textContent ?? "")).map((h) => h.firstChild?.textContent));
    expect(spaced, `${slug}: terms followed by a space before punctuation`).toEqual([]);
    // The first mention is the first occurrence in the running text: no earlier plain mention of the same words.
    const first = page.locator(`.prose ${TERM_LINK}[href$="#term-sei"]`);
    if (await first.count()) {
      const before = await first.evaluate((a) => {
        const range = document.createRange();
        range.setStart(document.querySelector(".prose")!, 0);
        range.setEndBefore(a);
        const box = document.createElement("div");
        box.append(range.cloneContents());
        box.querySelectorAll("h1, h2, h3, h4, .katex, a, th, .preview, .visually-hidden, svg, figure").forEach((e) => e.remove());
        return box.textContent ?? "";
      });
      expect(before, `${slug}: "SEI" before its link`).not.toMatch(/(?<![\p{L}\p{N}])SEI(?![\p{L}\p{N}])/u);
    }
    total += hrefs.length;
  }
  expect(total).toBeGreaterThan(60);
});

test("a term previews its definition on hover and on focus, Escape hides it, Enter opens the entry", async ({ page }) => {
  await page.goto("plating-and-stripping/");
  const term = page.locator(`.prose ${TERM_LINK}[href$="#term-sand-time"]`);
  await expect(term).toHaveCount(1);
  const tip = page.locator(`#${await term.getAttribute("aria-describedby")}`);
  await expect(tip).toHaveAttribute("role", "tooltip");
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Sand's time");
  await expect(tip).toContainText(terms.find((t) => t.slug === "sand-time")!.definition.slice(0, 40));
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
  await term.press("Enter");
  await expect(page).toHaveURL(/\/glossary\/#term-sand-time$/);
  await expect(page.locator("#term-sand-time")).toBeInViewport();
});

test("entries link to their sections and equations, and those links land", async ({ page }) => {
  await page.goto("glossary/");
  const entry = page.locator(".glossary-entry").filter({ has: page.locator("#term-transference-number") });
  await entry.getByRole("link", { name: "eqn (6)" }).click();
  await expect(page).toHaveURL(/\/plating-and-stripping\/#eq-sand-time$/);
});

test('search finds terms under the "Glossary" type', async ({ page }) => {
  await page.goto("search/?q=transference&type=Glossary");
  // The first query starts Pagefind's WebAssembly: a longer wait for that state on a busy machine.
  await expect(page.getByRole("status").filter({ hasText: /results? for “transference”/ })).toBeVisible({ timeout: 20_000 });
  const results = page.locator("[data-search-results]");
  await expect(results.locator('a[href$="/glossary/#term-transference-number"]').first()).toBeVisible();
  await expect(results.locator(".search-result-type")).toHaveText(["Glossary"]);
});

test("glossary links follow the sub-path build", async ({ page }) => {
  await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}failure-mechanisms/`);
  const term = page.locator(`.prose ${TERM_LINK}`).first();
  await expect(term).toHaveAttribute("href", new RegExp(`^${SUBPATH}glossary/#term-`));
  await term.click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
});
