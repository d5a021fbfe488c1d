import { test, expect } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { getEquation } from "../../src/models";
import { evaluate } from "../../src/lib/evaluate";
import { axeViolations } from "./support/axe";
import { formatForInput } from "../../src/lib/format";
import { parseCsv } from "./support/csv";
import { openFold } from "./support/fold";

const tafel = getEquation("tafel");

/** The equation's copy menu button ("Copy: eqn (…)"). */
const menuButton = (page: Page, slug: string) => page.locator(`#eq-${slug}`).getByRole("button", { name: /^Copy: / });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Where an element lies across the window, and how wide the page has become: [left, right, page width]. */
const across = (el: Locator) =>
  el.evaluate((e) => {
    const { left, right } = e.getBoundingClientRect();
    return [Math.round(left), Math.round(right), document.documentElement.scrollWidth];
  });

test.describe("copy menu", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("opens with the mouse, copies LaTeX, says what it copied and closes", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    const button = menuButton(page, "tafel");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    const eq = page.locator("#eq-tafel");
    await eq.getByRole("button", { name: "Copy LaTeX" }).click();
    expect(await clipboard(page)).toBe(tafel.latex);
    await expect(eq.locator("copy-menu").getByRole("status")).toHaveText("LaTeX copied");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(eq.getByRole("button", { name: "Copy LaTeX" })).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("works from the keyboard: Enter opens, arrows move, Enter copies, Escape closes", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    const eq = page.locator("#eq-tafel");
    const button = menuButton(page, "tafel");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(eq.getByRole("button", { name: "Copy link", exact: true })).toBeFocused();
    await page.keyboard.press("End");
    await expect(eq.getByRole("button", { name: "Download CSV" })).toBeFocused();
    await page.keyboard.press("ArrowDown"); // wraps round to the first entry
    await expect(eq.getByRole("button", { name: "Copy link", exact: true })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(eq.getByRole("button", { name: "Copy link to this calculation" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();

    await page.keyboard.press("ArrowDown"); // opens onto the first entry
    await expect(eq.getByRole("button", { name: "Copy link", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    expect(await clipboard(page)).toMatch(/^http:\/\/localhost:\d+\/eq\/5\/$/);
    await expect(eq.locator("copy-menu").getByRole("status")).toHaveText("Link copied");
  });

  test("every open menu stays inside a 320 px window, and the page never scrolls sideways (WCAG 1.4.10)", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto("plating-and-stripping/");
    const triggers = page.locator("copy-menu [data-copy-menu-trigger]");
    await expect(triggers.first()).toBeVisible(); // the script has revealed them
    let opened = 0;
    for (const trigger of await triggers.all()) {
      if (!(await trigger.isVisible())) continue; // inside a closed "Cite" box
      await trigger.click();
      const list = page.locator(`#${await trigger.getAttribute("aria-controls")}`);
      await expect(list).toBeVisible();
      const [left, right, pageWidth] = await across(list);
      expect([left >= 0, right <= 320, pageWidth], `${await trigger.getAttribute("aria-label")}: ${left}–${right} px`).toEqual([true, true, 320]);
      await page.keyboard.press("Escape");
      await expect(list).toBeHidden();
      opened++;
    }
    expect(opened).toBeGreaterThanOrEqual(10); // every equation's menu at least
  });

  test("a menu opened at the bottom of a phone's window is scrolled up into view, whole", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("equations/sand-time/");
    const trigger = menuButton(page, "sand-time");
    await trigger.evaluate((el) => el.scrollIntoView({ block: "end" })); // the button on the window's bottom edge
    await trigger.click();
    const list = page.locator(`#${await trigger.getAttribute("aria-controls")}`);
    await expect(list).toBeVisible();
    const placed = () =>
      list.evaluate((l) => {
        const { top, bottom } = l.getBoundingClientRect();
        const header = document.querySelector(".site-header")!.getBoundingClientRect().bottom;
        return { belowHeader: top >= header - 1, aboveBottom: bottom <= innerHeight + 1 };
      });
    await expect.poll(placed).toEqual({ belowHeader: true, aboveBottom: true });
    await expect(trigger, "the button stays in view above its list").toBeInViewport();
  });

  test("closes when the reader clicks elsewhere or tabs away", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    const button = menuButton(page, "tafel");
    await button.click();
    await page.locator("h1").click();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await page.keyboard.press("Shift+Tab");
    await expect(button).toHaveAttribute("aria-expanded", "false");
  });
});

test.describe("copy menu without the clipboard", () => {
  test.beforeEach(async ({ page }) => {
    // A browser that refuses both the Clipboard API and the old copy command.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
      });
      document.execCommand = () => false;
    });
  });

  test("shows the text selected, to copy by hand", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    const eq = page.locator("#eq-tafel");
    await menuButton(page, "tafel").click();
    await eq.getByRole("button", { name: "Copy LaTeX" }).click();
    const field = eq.getByRole("textbox", { name: /refused the clipboard/ });
    await expect(field).toHaveValue(tafel.latex);
    await expect(field).toBeFocused();
    const selected = await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(tafel.latex);
    await expect(eq.locator("copy-menu").getByRole("status")).toHaveText(/select and copy/i);
    await page.keyboard.press("Escape");
    await expect(field).toHaveCount(0);
    await expect(menuButton(page, "tafel")).toBeFocused();
  });

  test("the text to copy by hand stays inside a 320 px window", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto("plating-and-stripping/");
    await menuButton(page, "sand-time").click();
    await page.locator("#eq-sand-time").getByRole("button", { name: "Copy LaTeX" }).click();
    const box = page.locator("#eq-sand-time .copy-menu-fallback");
    await expect(box.getByRole("textbox")).toBeFocused();
    const [left, right, pageWidth] = await across(box);
    expect([left >= 0, right <= 320, pageWidth]).toEqual([true, true, 320]);
  });
});

/* ---------- Link previews, read from the built files as an unfurler reads them (no scripts) ---------- */


const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const htmlFiles = walk("dist").filter((f) => f.endsWith(".html"));

/** The <meta> and <title> values an unfurler reads, without running scripts. */
function unfurl(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const title = /<title>([^<]*)<\/title>/.exec(html);
  if (title) out.title = decode(title[1]!);
  for (const m of html.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)) out[m[1]!] ??= decode(m[2]!);
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test.describe("link previews", () => {
  test("every HTML page, redirects and embeds included, has a 1200 × 630 PNG card that exists", () => {
    expect(htmlFiles.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const meta = unfurl(readFileSync(file, "utf8"));
      const image = meta["og:image"];
      if (!image) {
        missing.push(file);
        continue;
      }
      expect(pngSize(join("dist", new URL(image, "http://site.test/").pathname)), `${file} → ${image}`).toEqual([1200, 630]);
      expect(meta["twitter:card"], file).toBe("summary_large_image");
      expect(meta["og:image:alt"]?.length, file).toBeGreaterThan(10);
    }
    expect(missing).toEqual([]);
  });

  test("/eq/6/ previews exactly like the equation page: title, description and the equation's card", () => {
    const short = unfurl(readFileSync("dist/eq/6/index.html", "utf8"));
    const page = unfurl(readFileSync("dist/equations/sand-time/index.html", "utf8"));
    expect(short["og:image"]).toBe("/cards/equations/sand-time.png");
    for (const key of ["og:image", "og:title", "og:description", "og:image:alt", "description"]) expect(short[key], key).toBe(page[key]);
    expect(short.title).toContain("Sand's time");
    expect(short["og:image:alt"]).toContain("corrected, t_Sand = (πD/4)·(zFC₀/(j(1 − t₊)))²");
  });

  test("without SITE_URL there is no made-up host, canonical or sitemap", () => {
    for (const file of walk("dist").filter((f) => /\.(html|xml|txt|json|csv|svg)$/.test(f))) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\.example\b/);
    }
    const home = readFileSync("dist/index.html", "utf8");
    expect(home).not.toContain('rel="canonical"');
    expect(home).not.toContain('property="og:url"');
    expect(() => statSync("dist/sitemap-index.xml")).toThrow();
  });

  test("with SITE_URL (the /fcna/ build): absolute canonical addresses, a pack page names its chapter, the sitemap lists exactly the pages to show", () => {
    const origin = "https://fcna-test.github.io/fcna/";
    const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const canonical = (page: string) => canonicalOf(readFileSync(`dist-base/${page}index.html`, "utf8"));
    expect(canonical("")).toBe(origin);
    expect(canonical("equations/sand-time/")).toBe(`${origin}equations/sand-time/`);
    expect(canonical("print/")).toBe(`${origin}print/`);
    // A chapter's pack page repeats the chapter: search engines are pointed at the chapter itself.
    expect(canonical("print/native-sei/")).toBe(`${origin}native-sei/`);
    expect(unfurl(readFileSync("dist-base/print/native-sei/index.html", "utf8"))["og:url"]).toBe(`${origin}native-sei/`);

    // The sitemap lists exactly the pages a search engine should show: not noindex, and their own canonical.
    const listed = [...readFileSync("dist-base/sitemap-0.xml", "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    const shown = walk("dist-base")
      .filter((f) => f.endsWith("index.html"))
      .map((f) => ({ own: origin + f.slice("dist-base/".length).replace(/index\.html$/, ""), html: readFileSync(f, "utf8") }))
      .filter(({ own, html }) => !html.includes('<meta name="robots" content="noindex">') && canonicalOf(html) === own)
      .map(({ own }) => own)
      .sort();
    expect(listed).toEqual(shown);
    expect(listed).toContain(`${origin}print/`);
    expect(listed.filter((url) => /\/(print\/[^/]+|sec|eq|embed)\//.test(url))).toEqual([]);
    expect(readFileSync("dist-base/robots.txt", "utf8")).toContain(`Sitemap: ${origin}sitemap-index.xml`);
  });
});

/* ---------- The equation's menu: every format ---------- */

const sand = getEquation("sand-time");

test.describe("equation copy menu, every format", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  async function copy(page: Page, label: string): Promise<string> {
    const eq = page.locator("#eq-sand-time");
    await menuButton(page, "sand-time").click();
    await eq.getByRole("button", { name: label, exact: true }).click();
    await expect(eq.locator("copy-menu").getByRole("status")).not.toBeEmpty();
    return clipboard(page);
  }

  test("link, Markdown, LaTeX, plain text and MathML", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    expect(await copy(page, "Copy link")).toMatch(/^http:\/\/localhost:\d+\/eq\/6\/$/);
    const markdown = await copy(page, "Copy Markdown");
    expect(markdown).toContain(`$$\n${sand.latex}\n$$`);
    expect(markdown).toContain(`$$\n${sand.erratum!.correctedLatex}\n$$`);
    expect(markdown).toMatch(/\]\(http:\/\/localhost:\d+\/eq\/6\/\)/);
    expect(await copy(page, "Copy LaTeX")).toBe(sand.latex);
    expect(await copy(page, "Copy corrected LaTeX")).toBe(sand.erratum!.correctedLatex);
    expect(await copy(page, "Copy plain text")).toBe("t_Sand = (πD/4)·(zFC₀/(j(1 − t₊)))²");
    const mathml = await copy(page, "Copy MathML");
    expect(mathml).toMatch(/^<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/);
    expect(mathml).toContain("<mi>D</mi>");
  });

  test("link to this calculation carries the current inputs", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    // A chapter shows the calculator at its defaults; the reader asks for the fields.
    await openFold(page.locator("#calc-sand-time"));
    await page.locator("#calc-sand-time").getByRole("button", { name: "Change the inputs" }).click();
    const j = page.locator("#calc-sand-time").getByRole("textbox", { name: /applied current density/ });
    await j.fill("7");
    const link = await copy(page, "Copy link to this calculation");
    const url = new URL(link);
    expect(url.pathname).toBe("/plating-and-stripping/");
    expect(url.searchParams.get("sand-time.j")).toBe("7");
    expect(url.hash).toBe("#eq-sand-time");
  });
});

test.describe("equation downloads", () => {
  async function download(page: Page, label: string) {
    const eq = page.locator("#eq-sand-time");
    await menuButton(page, "sand-time").click();
    const [file] = await Promise.all([page.waitForEvent("download"), eq.getByRole("button", { name: label, exact: true }).click()]);
    return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
  }

  test("the formula as PNG and SVG, light and dark", async ({ page }) => {
    await page.goto("equations/sand-time/");
    const png = await download(page, "Download PNG (dark)");
    expect(png.name).toBe("sand-time-dark.png");
    expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");
    const svg = await download(page, "Download SVG (light)");
    expect(svg.name).toBe("sand-time-light.svg");
    expect(svg.body.toString("utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*fill="#1b1f24"/);
  });

  test("the chart as SVG and PNG, and the calculation as CSV", async ({ page }) => {
    await page.goto("equations/sand-time/?sand-time.j=5");
    await expect(page.locator("#calc-sand-time [data-notice]")).toBeHidden();
    const svg = await download(page, "Download chart SVG");
    expect(svg.name).toBe("sand-time-chart.svg");
    const text = svg.body.toString("utf8");
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).not.toContain("var(--"); // colours resolved, so it looks the same outside the site
    const png = await download(page, "Download chart PNG");
    expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");
    const csv = await download(page, "Download CSV");
    expect(csv.name).toBe("sand-time-calculation.csv");
    const rows = parseCsv(csv.body.toString("utf8"));
    expect(rows[0]).toEqual(["role", "name", "symbol", "meaning", "value", "unit", "URL parameter"]);
    expect(rows.find((r) => r[1] === "j")?.slice(4, 6)).toEqual(["5", "mA cm⁻²"]);
    const expected = evaluate(sand.calculator, { ...Object.fromEntries(sand.calculator.inputs.map((v) => [v.name, formatForInput(v.default)])), j: "5" });
    const t = rows.find((r) => r[0] === "output" && r[1] === "t")!;
    expect(Number(t[4])).toBeCloseTo(expected.outputs.t!, 1);
  });
});

/* ---------- Cite ---------- */

test.describe("cite", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("BibTeX and RIS of the review and the page parse back with citation-js", async ({ page }) => {
    await page.goto("equations/sand-time/");
    const cite = page.locator(".cite-this");
    await cite.getByText("Cite", { exact: true }).click();
    const review = cite.getByRole("region", { name: /The review/ });
    await review.getByRole("button", { name: /^Copy citation/ }).click();
    await review.getByRole("button", { name: "Copy BibTeX" }).click();
    const bib = (await Cite.async(await clipboard(page))).data[0] as Record<string, unknown>;
    expect(bib.title).toBe("Fast-charging sodium metal anodes: challenges, degradation mechanisms, and interphase engineering strategies");
    expect(bib.DOI).toBe("10.1039/d5lf00305a");
    expect(bib.note).toBe("Cited at eqn (6)");
    const thisPage = cite.getByRole("region", { name: "This page" });
    await thisPage.getByRole("button", { name: /^Copy citation/ }).click();
    await thisPage.getByRole("button", { name: "Copy RIS" }).click();
    const ris = (await Cite.async(await clipboard(page))).data[0] as Record<string, unknown>;
    expect(ris.title).toBe("Eqn (6): Sand's time (onset of Na⁺ depletion at the surface)");
  });
});

/* ---------- Embed ---------- */

test.describe("embed", () => {
  for (const width of [320, 1280]) {
    test(`at ${width} px: calculator state from the URL, no site chrome, no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("embed/sand-time/?sand-time.j=5");
      const form = page.locator("form#calc-sand-time");
      await expect(form).toBeVisible();
      const expected = evaluate(sand.calculator, { ...Object.fromEntries(sand.calculator.inputs.map((v) => [v.name, formatForInput(v.default)])), j: "5" });
      await expect(form.getByRole("textbox", { name: /applied current density/ })).toHaveValue("5");
      const t = form.locator('output[name="t"]');
      await expect.poll(async () => Number(await t.getAttribute("data-value"))).toBeCloseTo(expected.outputs.t!, 6);
      await expect(page.locator(".site-header")).toHaveCount(0);
      await expect(page.getByRole("navigation")).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Open the full page" })).toHaveAttribute("href", "/equations/sand-time/");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await form.getByRole("textbox", { name: /applied current density/ }).fill("8");
      await expect(page).toHaveURL(/sand-time\.j=8/);
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    test(`axe, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("embed/sand-time/");
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("names its equation's page as canonical and is offered there as a titled, lazy iframe", async ({ page }) => {
    // Indexable (a noindex page scores 60 for SEO in Lighthouse), but pointing search engines at the full page.
    const embed = readFileSync("dist-base/embed/sand-time/index.html", "utf8");
    expect(embed).not.toContain('name="robots"');
    expect(embed).toContain('<link rel="canonical" href="https://fcna-test.github.io/fcna/equations/sand-time/">');
    await page.goto("equations/sand-time/");
    const snippet = page.locator(".embed-snippet");
    await expect(snippet).toContainText('<iframe src="/embed/sand-time/"');
    await expect(snippet).toContainText('loading="lazy"');
    await expect(snippet).toContainText('title="(6) Sand');
  });
});
