import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { builtHtml, builtPages } from "./support/site";
import { openFolds } from "./support/fold";

/*
 * The chart check: every chart of the built site, in every state a reader can put it in, at 320, 360 and
 * 1280 px and in both themes, must have no text on top of other text, no text outside its SVG and no text
 * drawn smaller than 10 CSS px.
 *
 * How charts are found — nothing here lists them by hand:
 * - a chart is any `svg[role=img]` or `svg[role=group]` (every chart is a named image, as axe requires; icons
 *   and legend swatches are aria-hidden). Every built page whose HTML holds such an SVG is visited.
 * - states: each button of a calculator's "Presets" group (the n-th preset of every calculator is pressed
 *   together), and each radio of a fieldset whose legend starts "Plot against" (the interphase chart's views).
 *   A chart redrawn in the browser says when it is done: calculators count their draws in `data-draws` on the
 *   chart's container and record the width drawn for in `data-drawn-for`; the interphase chart names what it
 *   shows in `data-drawn`.
 * - a page whose charts all repeat, text for text, charts already visited is skipped: an equation's page shows
 *   its chapter's calculator, and every interphase page draws the same axes and labels.
 *
 * A new page's charts (the /limits/ page, say) are included by building the page with its chart SVGs given
 * `role="img"` and a name. If its charts change with controls other than the two kinds above, add them to
 * `states()`, with a state to wait on like `data-draws`.
 *
 * One browser page per route: widths and themes change in place, and all charts of a page are measured in a
 * single `page.evaluate`.
 */

const WIDTHS = [320, 360, 1280] as const;
const THEMES = ["light", "dark"] as const;
const CHART = 'svg[role="img"], svg[role="group"]';
const MIN_PX = 10;
/** Time a chart view may take to settle and be measured on a busy machine; a page's budget grows with its views. */
const PER_VIEW_MS = 12_000;

/**
 * Built pages with a chart, most charts first, skipping a page when each of its charts has the same text in the
 * same places as a chart already visited: only text can collide, so marks (dots, bars, highlights) do not count.
 */
function chartPages(): string[] {
  const found = builtPages("dist").map((path) => {
    const html = builtHtml(path);
    const charts = html.match(/<svg\b[^>]*\srole="(?:img|group)"[\s\S]*?<\/svg>/g) ?? [];
    return { path, live: /<form\b[^>]*\bdata-calc=/.test(html), keys: charts.map((svg) => (svg.match(/<(?:text|tspan)\b[^>]*>[^<]*/g) ?? []).join("")) };
  });
  const seen = new Set<string>();
  const out: string[] = [];
  // Each chart is checked first where a reader can change it: an equation's own page (its calculator's presets and
  // views), then other pages with a live calculator (/limits/); then the rest (chapters, whose calculators show
  // their defaults until asked, for their figures; embeds repeat their equation's page); the course pack (print/),
  // which repeats them all without presets or views, last, for whatever it alone shows.
  const rank = (p: { path: string; live: boolean }) =>
    p.path.startsWith("print/") ? 3 : p.path.startsWith("equations/") ? 0 : p.live && !p.path.startsWith("embed/") ? 1 : 2;
  for (const { path, keys } of found.filter((p) => p.keys.length).sort((a, b) => rank(a) - rank(b) || b.keys.length - a.keys.length)) {
    if (keys.every((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    out.push(path);
  }
  return out;
}

interface Problem {
  chart: string;
  text: string;
  why: string;
}

/**
 * Runs in the page: every visible chart's text, measured in each theme (switched in place). Returns how many
 * chart views were measured and what is wrong with them.
 */
function measure({ selector, minPx, themes }: { selector: string; minPx: number; themes: readonly string[] }): { views: number; problems: Problem[] } {
  const problems: Problem[] = [];
  const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const scale = (el: Element) => {
    const m = (el as SVGGraphicsElement).getScreenCTM()!;
    return Math.hypot(m.a, m.b);
  };
  let views = 0;
  for (const theme of themes) {
    document.documentElement.dataset.theme = theme;
    const charts = [...document.querySelectorAll<SVGSVGElement>(selector)].filter(visible);
    views += charts.length;
    for (const svg of charts) {
      const chart = (svg.getAttribute("aria-label") ?? svg.querySelector("title")?.textContent ?? "").slice(0, 70);
      const report = (text: string, why: string) => problems.push({ chart, text, why: `${theme}: ${why}` });
      const frame = svg.getBoundingClientRect();
      // Each line is a text, or a tspan placed with its own x or y (a line of a multi-line label). A glyph's
      // ink sits inside its em box: trim the box to the cap height above and the descender below, so lines
      // set close together do not count as touching.
      const lines = [...svg.querySelectorAll<SVGTextContentElement>("text:not(:has(tspan[x], tspan[y])), text tspan[x], text tspan[y]")];
      const texts = lines
        .filter((t) => t.textContent!.trim() && visible(t))
        .map((t) => {
          const r = t.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(t).fontSize) * scale(t.closest("text")!);
          return { label: t.textContent!.trim().slice(0, 50), t, left: r.left, right: r.right, top: r.top + 0.15 * size, bottom: r.bottom - 0.05 * size };
        });
      for (const a of texts) {
        for (const el of [a.t, ...a.t.querySelectorAll("tspan")]) {
          if (!el.firstChild?.nodeValue?.trim() && el !== a.t) continue;
          const px = parseFloat(getComputedStyle(el).fontSize) * scale(a.t.closest("text")!);
          if (px < minPx - 0.01) report(el.textContent!.trim().slice(0, 50), `${px.toFixed(1)} px`);
        }
        if (a.left < frame.left - 0.5 || a.right > frame.right + 0.5 || a.top < frame.top - 0.5 || a.bottom > frame.bottom + 0.5) {
          report(a.label, "outside its SVG");
        }
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const [a, b] = [texts[i]!, texts[j]!];
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) report(`${a.label}" / "${b.label}`, "overlap");
        }
      }
    }
  }
  return { views, problems };
}

/** Resolves after the browser has laid out and painted twice, so resize observers and media listeners have run. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Waits until every chart drawn in the browser has been drawn for its container's current width. */
async function settled(page: Page) {
  await frames(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>("[data-drawn-for]")].every((el) => el.dataset.drawnFor === String(el.clientWidth) || el.clientWidth === 0),
  );
}

/** The page's chart states after the first: the n-th preset of every calculator, then each chart view. */
function states(page: Page) {
  return page.evaluate(() => {
    const presets = [...document.querySelectorAll('form [role="group"][aria-label="Presets"]')].map((g) => g.querySelectorAll("button").length);
    const views = [...document.querySelectorAll("fieldset")].filter((f) => /^Plot against/.test(f.querySelector("legend")?.textContent ?? ""));
    return { presets: Math.max(0, ...presets), views: views.map((f) => [...f.querySelectorAll<HTMLInputElement>("input[type=radio]")].map((r) => r.value)) };
  });
}

/**
 * Presses the n-th preset of every calculator that has one, in the page: one calculator at a time, each
 * awaited until its chart has been redrawn (the runtime counts draws in `data-draws`). Returns the state's name.
 */
async function pressPresets(page: Page, n: number): Promise<string> {
  const names = await page.evaluate(async (n) => {
    const pressed: string[] = [];
    for (const group of document.querySelectorAll('form [role="group"][aria-label="Presets"]')) {
      const button = group.querySelectorAll("button")[n];
      const chart = group.closest("form")!.querySelector<HTMLElement>("[data-chart]")!;
      if (!button) continue;
      const before = Number(chart.dataset.draws ?? 0);
      const drawn = new Promise<void>((done) => {
        const seen = new MutationObserver(() => Number(chart.dataset.draws ?? 0) > before && (seen.disconnect(), done()));
        seen.observe(chart, { attributes: true, attributeFilter: ["data-draws"] });
      });
      button.click();
      await drawn;
      pressed.push(button.textContent!.trim());
    }
    return pressed;
  }, n);
  return `preset ${n + 1} (${names.join("; ")})`;
}

/** Checks a view of a chart's "Plot against …" switch and waits until the chart shows it. */
async function chooseView(page: Page, value: string): Promise<string> {
  const radio = page.getByRole("group", { name: /^Plot against/ }).locator(`input[type=radio][value="${value}"]`);
  await radio.check();
  const plot = radio.locator("xpath=ancestor::figure").locator("[data-drawn]");
  // The first switch loads the chart code (Plot with it): allow it the time a busy machine needs.
  await expect(plot).toHaveAttribute("data-drawn", new RegExp(`^${value} `), { timeout: PER_VIEW_MS });
  return `view ${value}`;
}

const pages = chartPages();

test("the chart check finds the charts of every kind", () => {
  // Live calculators (the equations' own pages, /limits/), chapters (figures), the interphase comparison and at
  // least one interphase page.
  expect(pages).toEqual(expect.arrayContaining(["limits/", "equations/sand-time/", "plating-and-stripping/", "interphases/"]));
  expect(pages.some((p) => /^interphases\/[^/]+\/$/.test(p))).toBe(true);
});

for (const path of pages) {
  test(`charts read cleanly: /${path}`, async ({ page }) => {
    test.setTimeout(60_000); // loading the longest page on a busy machine; extended below by the page's work
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await page.goto(path);
    // A chapter's calculators and limits map come folded: a reader opens them to see their charts.
    await openFolds(page);
    const { presets, views: viewSets } = await states(page);
    const steps: ((page: Page) => Promise<string>)[] = [
      ...Array.from({ length: presets }, (_, n) => (p: Page) => pressPresets(p, n)),
      ...viewSets.flatMap((set) => [...set.slice(1), set[0]!].map((value) => (p: Page) => chooseView(p, value))),
    ];
    test.setTimeout(60_000 + PER_VIEW_MS * WIDTHS.length * (1 + steps.length));
    const found: string[] = [];
    let views = 0;
    const measureAll = async (state: string, width: number) => {
      const result = await page.evaluate(measure, { selector: CHART, minPx: MIN_PX, themes: THEMES });
      expect(result.views, `${state} at ${width} px: charts found`).toBeGreaterThan(0);
      views += result.views;
      for (const p of result.problems) found.push(`${state}, ${width} px: [${p.chart}] "${p.text}" ${p.why}`);
    };
    const resize = async (width: number) => {
      await page.setViewportSize({ width, height: 800 });
      await settled(page);
    };
    // The drawings as built, at each width; then, width by width (widest first, where the last one ended),
    // every state in turn: laying out a long page at a new width costs more than redrawing its charts.
    for (const width of WIDTHS) {
      await resize(width);
      await measureAll("as built", width);
    }
    if (steps.length) {
      for (const width of [...WIDTHS].reverse()) {
        if (width !== WIDTHS.at(-1)) await resize(width);
        for (const step of steps) await measureAll(await step(page), width);
      }
    }
    test.info().annotations.push({ type: "chart views", description: String(views) });
    expect(errors).toEqual([]);
    expect(found).toEqual([]);
  });
}

test("the site's figures share one scale: at 1280 px none is drawn wider than 27rem", async ({ page }) => {
  // A figure is drawn 360 units wide with 14-unit text (content/README.md): wider than 27rem (432 px), its
  // labels would outgrow the body text, as six figures' once did (646 px, 25 px labels) while the rest were 432.
  const figurePages = builtPages("dist").filter((p) => !p.startsWith("print/") && builtHtml(p).includes('class="fig-body"'));
  expect(figurePages.length).toBeGreaterThan(5);
  test.setTimeout(15_000 * figurePages.length);
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide: string[] = [];
  let seen = 0;
  for (const path of figurePages) {
    await page.goto(path);
    const widths = await page.locator(".fig-body > svg").evaluateAll((svgs) => svgs.map((s) => ({ id: s.closest("figure")!.id, w: s.getBoundingClientRect().width })));
    seen += widths.length;
    for (const { id, w } of widths) if (w > 432.5 || w < 300) wide.push(`/${path}#${id}: ${Math.round(w)} px`);
  }
  expect(seen).toBeGreaterThan(10);
  expect(wide).toEqual([]);
});
