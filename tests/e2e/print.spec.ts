import { test, expect } from "./support/test";
import { equations } from "../../src/models";
import { chapterSlugs } from "./support/site";

// The course pack /print/: the whole review in one document, for printing or PDF. Its page is large (about
// 750 kB of HTML), so every test here gets the slow allowance.
test.beforeEach(() => test.slow());

const SECTION_IDS = ["sec-1", "sec-2", "sec-2-1", "sec-2-2", "sec-2-3", "sec-3", "sec-4", "sec-4-1", "sec-4-2", "sec-4-3", "sec-5"];

test("the course pack holds every chapter in order, every equation, the figures and one reference list", async ({ page }) => {
  await page.goto("print/");
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
  expect(new Set(refIds).size).toBe(refIds.length);
  // Every citation in the pack points into that list.
  const hashes = new Set(await page.locator(".cite:not(.cite--mismatch) a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash)));
  for (const h of hashes) expect(refIds).toContain(h.slice(1));
  // Every equation mention points to that equation in the pack itself, which a PDF keeps as an internal link.
  const mentions = await page.locator(".pack a.eqref").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(mentions.length).toBeGreaterThan(10);
  for (const href of new Set(mentions)) {
    expect(href).toMatch(/^#eq-/);
    await expect(page.locator(href), href).toHaveCount(1);
  }
});

test("the course pack has no interactive chrome or controls", async ({ page }) => {
  await page.goto("print/");
  // Wide tables keep their scroll region focusable (role="region", tabindex="0") so keyboards can scroll them on
  // screen; apart from those, nothing takes focus but links.
  await expect(page.locator("button, input, select, textarea, form, details, summary, [contenteditable], [tabindex]:not([role=region])")).toHaveCount(0);
  await expect(page.locator(".site-header, .site-footer, .toc, .pager")).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".pack-screen-note")).toBeHidden();
  // Paper has no hover: citations and equation mentions carry no previews. A flagged citation keeps its
  // explanation for the screen, and it does not print.
  await expect(page.locator(".preview")).toHaveCount(await page.locator(".cite--mismatch").count());
  for (const preview of await page.locator(".preview").all()) await expect(preview).toBeHidden();
});

test("the course pack prints to A4 with each chapter on its own pages", async ({ page }, info) => {
  await page.goto("print/");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  info.annotations.push({ type: "A4 pages", description: String(pages) });
  console.log(`course pack: ${pages} A4 pages, ${pdf.length} bytes`);
  expect(pages).toBeGreaterThan(chapterSlugs().length + 1); // cover + one page break per chapter at least
});

test("the home page offers the course pack", async ({ page }) => {
  await page.goto("");
  await page.getByRole("link", { name: "Course pack" }).first().click();
  await expect(page).toHaveURL(/\/print\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fast-charging sodium metal anodes");
});
