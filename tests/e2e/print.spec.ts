import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { equations } from "../../src/models";
import { chapterSlugs } from "./support/site";

// The course pack: /print/<chapter>/ holds one chapter with the references it cites; /print/ is the cover, the
// contents and the whole reference list, and its button collects every chapter page into it, then prints.

declare global {
  interface Window {
    /** How often the page called print() (wholePack counts the calls instead of opening a dialog). */
    printed?: number;
  }
}

const SECTION_IDS = ["sec-1", "sec-2", "sec-2-1", "sec-2-2", "sec-2-3", "sec-3", "sec-4", "sec-4-1", "sec-4-2", "sec-4-3", "sec-5"];

/** Opens /print/ with window.print() counted instead of opening a dialog, and presses the button. */
async function wholePack(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => void (window.printed! += 1);
  });
  await page.goto("print/");
  await page.getByRole("button", { name: "Print the whole pack" }).click();
  await expect(page.getByRole("status")).toHaveText(`All ${chapterSlugs().length} chapters are on this page, ready for your browser's Print command.`);
}

/** The number of pages of the page's PDF on A4. */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Ids used more than once on the page. */
const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });

test("the whole pack: the button collects every chapter in order, every equation, the figures and one reference list, then prints", async ({ page }) => {
  test.slow(); // the whole pack is over 600 kB of HTML once collected
  await wholePack(page);
  expect(await page.evaluate(() => window.printed)).toBe(1);
  const titles = page.locator(".pack-chapter > h2");
  await expect(titles).toHaveCount(chapterSlugs().length);
  expect(await titles.evaluateAll((hs) => hs.map((h) => h.id))).toEqual(SECTION_IDS);
  await expect(titles.nth(1)).toHaveText(/^2\s+Failure mechanisms/);
  for (const def of equations) await expect(page.locator(`.pack #eq-${def.slug} .katex`).first(), def.slug).toBeVisible();
  // Calculators are reduced to their default values: a table, no form.
  await expect(page.locator("#eq-sand-time .calc-defaults-table")).toContainText("48 300 s");
  const figures = page.locator(".pack .fig");
  expect(await figures.count()).toBeGreaterThan(10);
  expect(await figures.evaluateAll((fs) => fs.every((f) => f.querySelector("svg, table, ul, ol")))).toBe(true);
  await expect(page.locator(".ref-list")).toHaveCount(1);
  const refIds = await page.locator(".ref-list > li").evaluateAll((lis) => lis.map((li) => li.id));
  expect(refIds.length).toBeGreaterThan(80);
  expect(await duplicateIds(page)).toEqual([]);
  // Every citation in the pack points into that list.
  const hashes = new Set(await page.locator(".cite:not(.cite--mismatch) a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash)));
  for (const h of hashes) expect(refIds).toContain(h.slice(1));
  // Every equation mention, and every contents entry, points inside the document, which a PDF keeps as an internal link.
  const mentions = await page.locator(".pack a.eqref").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(mentions.length).toBeGreaterThan(10);
  for (const href of new Set(mentions)) {
    expect(href).toMatch(/^#eq-/);
    await expect(page.locator(href), href).toHaveCount(1);
  }
  const contents = page.getByRole("navigation", { name: "Contents" }).getByRole("link");
  expect(await contents.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([...SECTION_IDS, "references"].map((id) => `#${id}`));
  await expect(page.locator(".pack a[href*='/print/']")).toHaveCount(0);
  // On paper: no screen note, no "chapters missing" notice, each chapter on its own pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".pack-screen-note")).toBeHidden();
  await expect(page.locator(".pack-partial")).toBeHidden();
  const pages = await pdfPages(page);
  console.log(`course pack: ${pages} A4 pages`);
  expect(pages).toBeGreaterThan(chapterSlugs().length + 1); // cover + one page break per chapter at least
});

test("a chapter of the pack prints on its own: its section, its references, and links to the other chapters' pack pages", async ({ page }) => {
  for (const [i, slug] of chapterSlugs().entries()) {
    await page.goto(`print/${slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fast-charging sodium metal anodes");
    await expect(page.locator(".pack-chapter > h2")).toHaveAttribute("id", SECTION_IDS[i]!);
    expect(await duplicateIds(page), slug).toEqual([]);
    // Citations point into this page's own list.
    const refIds = await page.locator(".ref-list > li").evaluateAll((lis) => lis.map((li) => li.id));
    for (const h of await page.locator(".cite:not(.cite--mismatch) a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))) expect(refIds, slug).toContain(h.slice(1));
    // An equation of this chapter is linked inside the page; one of another chapter, on that chapter's pack page.
    for (const href of new Set(await page.locator("a.eqref").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))) {
      if (href.startsWith("#")) await expect(page.locator(href), `${slug}: ${href}`).toHaveCount(1);
      else expect(href, slug).toMatch(/\/print\/[a-z-]+\/#eq-[a-z0-9-]+$/);
    }
    await expect(page.getByRole("link", { name: "The whole pack" })).toHaveAttribute("href", /\/print\/$/);
  }
  // One chapter shares its first sheet with the cover rather than leaving it half empty.
  await page.goto("print/failure-mechanisms/");
  await page.emulateMedia({ media: "print" });
  const chapter = page.locator(".pack-chapter");
  expect(await chapter.evaluate((s) => getComputedStyle(s).breakBefore)).toBe("auto");
  const shared = await pdfPages(page);
  await chapter.evaluate((s) => (s.style.breakBefore = "page"));
  expect(await pdfPages(page)).toBe(shared + 1);
});

test("the pack has no interactive chrome: a chapter page no controls, /print/ its one button, which paper does not show", async ({ page }) => {
  const CONTROLS = "button, input, select, textarea, form, details, summary, [contenteditable], [tabindex]:not([role=region])";
  await page.goto("print/plating-and-stripping/");
  // Wide tables keep their scroll region focusable (role="region", tabindex="0") so keyboards can scroll them on
  // screen; apart from those, nothing takes focus but links.
  await expect(page.locator(CONTROLS)).toHaveCount(0);
  await expect(page.locator(".site-header, .site-footer, .toc, .pager")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".pack-screen-note")).toBeHidden();
  // Paper has no hover: citations and equation mentions carry no previews. A flagged citation keeps its
  // explanation for the screen, and it does not print.
  await expect(page.locator(".preview")).toHaveCount(await page.locator(".cite--mismatch").count());
  for (const preview of await page.locator(".preview").all()) await expect(preview).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await page.goto("print/");
  await expect(page.locator(CONTROLS)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Print the whole pack" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print the whole pack" })).toBeHidden();
});

test("without JavaScript /print/ links every chapter's pack page, and its printout says the chapters are not in it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("print/");
  await expect(page.getByRole("button", { name: "Print the whole pack" })).toBeHidden();
  const contents = page.getByRole("navigation", { name: "Contents" }).getByRole("link");
  expect(await contents.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([...chapterSlugs().map((s) => `/print/${s}/`), "#references"]);
  await expect(page.locator(".pack-chapter")).toHaveCount(0);
  await expect(page.locator(".pack-partial")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".pack-partial")).toBeVisible();
  await expect(page.locator(".pack-partial")).toContainText("The chapters print from their own pages");
  await context.close();
});

test("a chapter page that fails to load: the button says so, adds nothing, and can be pressed again", async ({ page }) => {
  await page.route("**/print/native-sei/", (route) => route.fulfill({ status: 503, body: "busy" }));
  await page.addInitScript(() => {
    window.print = () => {
      throw new Error("print() must not be called when the pack is incomplete");
    };
  });
  await page.goto("print/");
  const button = page.getByRole("button", { name: "Print the whole pack" });
  await button.click();
  await expect(page.getByRole("status")).toHaveText("The chapters could not be collected (/print/native-sei/ answered 503). Each one prints from its own page in the contents.");
  await expect(page.locator(".pack-chapter")).toHaveCount(0);
  await expect(button).toBeEnabled();
  await page.unroute("**/print/native-sei/");
  await page.evaluate(() => (window.print = () => {}));
  await button.click();
  await expect(page.getByRole("status")).toHaveText(`All ${chapterSlugs().length} chapters are on this page, ready for your browser's Print command.`);
  await expect(page.locator(".pack-chapter")).toHaveCount(chapterSlugs().length);
});

test("the home page offers the course pack", async ({ page }) => {
  await page.goto("");
  await page.getByRole("link", { name: "Course pack" }).first().click();
  await expect(page).toHaveURL(/\/print\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fast-charging sodium metal anodes");
});
