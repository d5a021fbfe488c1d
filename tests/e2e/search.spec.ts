import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { axeViolations } from "./support/axe";
import { equations } from "../../src/models";
import { equationExcerpt, equationNumberForms, symbolForms } from "../../src/search/terms";
import { budget } from "./support/budget";

// Full-text search over the production build (Pagefind index written by `astro build`).

const field = (page: Page) => page.getByRole("combobox", { name: "Search the site" });
const results = (page: Page) => page.getByRole("listbox", { name: "Search results" }).getByRole("option");

/** Types a query into the header field, key by key, and waits for its results. */
async function typeQuery(page: Page, query: string) {
  await field(page).click();
  await field(page).pressSequentially(query);
  await expect(page.locator(`[role=listbox][data-query="${query}"]`)).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: /^\d+ results?$/ })).toHaveCount(1);
}

/** Waits until the header's shortcuts (/ and Ctrl-K) listen: its script starts after the first paint. */
async function shortcutsReady(page: Page) {
  await expect(page.locator("form[data-site-search][data-ready]")).toBeAttached();
}

async function firstHref(page: Page, query: string) {
  await typeQuery(page, query);
  return (await results(page).first().getAttribute("href"))!;
}

/** TeX, KaTeX markup and MathML must never reach the index or an excerpt. */
const RENDERED_MATH = /katex|<math|mathml|<mi>|mrow|semantics|annotation|\\(frac|mathrm|text|left|right|sum|kappa|delta)\b|_\{|\^\{/i;

test.describe("finding equations", () => {
  for (const [query, anchor] of [
    ["Sand", "#eq-sand-time"],
    ["eqn 6", "#eq-sand-time"],
    ["t_Sand", "#eq-sand-time"],
    ["Tafel", "#eq-tafel"],
  ] as const) {
    test(`"${query}" lands on ${anchor}`, async ({ page }) => {
      await page.goto("introduction/");
      expect(await firstHref(page, query)).toMatch(new RegExp(`${anchor}$`));
    });
  }

  test("symbols as typed find the equation that uses them", async ({ page }) => {
    budget({ visits: 2 });
    await page.goto("introduction/");
    for (const query of ["tSand", "t+", "t₊", "C0"]) {
      await field(page).fill("");
      await typeQuery(page, query);
      const hrefs = await results(page).evaluateAll((els) => els.map((e) => e.getAttribute("href")));
      expect(hrefs, query).toContainEqual(expect.stringMatching(/#eq-sand-time$/));
    }
  });
});

test.describe("finding interphases", () => {
  for (const [query, chapter, ids] of [
    ["NaI", "inorganic-interphases", "nai-iodopropane"],
    ["sodium formate", "organic-interphases", "sodium-formate"],
    ["alucone", "hybrid-interphases", "alucone-mld|ald-mld-nanoalloy"],
  ] as const) {
    test(`"${query}" lands on its interphase page or its section`, async ({ page }) => {
      await page.goto("");
      const href = await firstHref(page, query);
      expect(new URL(href, page.url()).pathname).toMatch(new RegExp(`^/(${chapter}|interphases/(${ids}))/$`));
    });
  }

  test("a formula typed with plain digits finds its subscript form", async ({ page }) => {
    await page.goto("");
    await typeQuery(page, "Na3P");
    const paths = await results(page).evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
    expect(paths).toContainEqual(expect.stringMatching(/^\/(inorganic-interphases|interphases\/na3p-red-phosphorus)\/$/));
  });

  test("the interphase filter narrows results, and a class narrows them further", async ({ page }) => {
    await page.goto("search/?q=alucone");
    const list = page.getByRole("main").getByRole("list").first();
    const pages = () => list.getByRole("heading", { level: 2 }).getByRole("link");
    await expect(page.getByRole("status").filter({ hasText: /results? for “alucone”/ })).toBeVisible();
    const everything = await pages().count();

    await page.getByRole("radio", { name: "Interphases" }).check();
    await expect(page).toHaveURL(/type=Interphase/);
    // The list is replaced when the filtered search returns: retry until it is.
    await expect(async () => {
      const paths = await pages().evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.length).toBeLessThan(everything);
      for (const p of paths) expect(p).toMatch(/^\/((inorganic|organic|hybrid)-interphases|interphases(\/[^/]+)?)\/$/);
    }).toPass();

    // The filters are part of the URL, so a filtered search can be linked too.
    await page.goto("search/?q=sodium&type=Interphase&class=organic");
    await expect(page.getByRole("radio", { name: "Organic", exact: true })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Interphases" })).toBeChecked();
    const onlyIn = (section: string) =>
      expect(async () => {
        const found = await pages().evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(found.length).toBeGreaterThan(0);
        for (const p of found) expect(p).toMatch(new RegExp(`^/(${section}-interphases|interphases/[^/]+)/$`));
      }).toPass();
    await onlyIn("organic");
    await page.getByRole("radio", { name: "Hybrid" }).check();
    await expect(page).toHaveURL(/class=hybrid/);
    await onlyIn("hybrid");
  });

  test("the equation filter lists only equations", async ({ page }) => {
    await page.goto("search/?q=current+density&type=Equation");
    const hits = page.locator(".search-hit-title");
    await expect(hits.first()).toBeVisible();
    for (const href of await hits.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/#eq-|\/equations\//);
    }
  });
});

test.describe("the header field", () => {
  test("keyboard: / focuses, arrows move, Enter opens, Escape closes", async ({ page }) => {
    await page.goto("failure-mechanisms/");
    await shortcutsReady(page);
    await page.locator("body").press("/");
    await expect(field(page)).toBeFocused();
    await field(page).pressSequentially("Tafel");
    await expect(page.locator('[role=listbox][data-query="Tafel"]')).toHaveCount(1);
    await expect(field(page)).toHaveAttribute("aria-expanded", "true");
    const status = page.getByRole("status").filter({ hasText: /^\d+ results?$/ });
    await expect(status).toHaveCount(1);
    const count = await results(page).count();
    expect(await status.textContent()).toBe(`${count} result${count === 1 ? "" : "s"}`);

    await field(page).press("ArrowDown");
    const first = results(page).first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(field(page)).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    if (count > 1) {
      await field(page).press("ArrowDown");
      await expect(results(page).nth(1)).toHaveAttribute("aria-selected", "true");
      await expect(first).toHaveAttribute("aria-selected", "false");
      await field(page).press("ArrowUp");
    }
    await expect(first).toHaveAttribute("aria-selected", "true");

    await field(page).press("Escape");
    await expect(field(page)).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox", { name: "Search results" })).toBeHidden();
    await expect(field(page)).toHaveValue("Tafel");

    await field(page).press("ArrowDown");
    await expect(field(page)).toHaveAttribute("aria-expanded", "true");
    await field(page).press("Enter");
    await expect(page).toHaveURL(/\/(plating-and-stripping|equations\/tafel)\/#eq-tafel$/);
    await expect(page.locator("#eq-tafel")).toBeInViewport();
    await expect(field(page)).toHaveAttribute("aria-expanded", "false");
  });

  test("Ctrl-K focuses the field from anywhere", async ({ page }) => {
    await page.goto("references/");
    await shortcutsReady(page);
    await page.locator("body").press("Control+k");
    await expect(field(page)).toBeFocused();
  });

  test("Enter without a chosen result opens the search page for the query", async ({ page }) => {
    await page.goto("introduction/");
    await typeQuery(page, "creep");
    await field(page).press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=creep$/);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toBeVisible();
  });

  test("pages carry no search code, styles or index until the field is focused", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto("failure-mechanisms/", { waitUntil: "networkidle" });
    const resultStyles = () =>
      page.evaluate(() => [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes(".search-option"))));
    expect(requests.filter((p) => p.includes("/pagefind/"))).toEqual([]);
    expect(await resultStyles()).toBe(false);
    const before = requests.length;

    await field(page).focus();
    await expect.poll(() => requests.slice(before).some((p) => p.endsWith("/pagefind/pagefind.js"))).toBe(true);
    await field(page).pressSequentially("Sand");
    await expect(results(page).first()).toBeVisible();
    expect(await resultStyles()).toBe(true);
  });

  test("without JavaScript the header offers a link to the search page, which explains", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("introduction/");
    await expect(page.getByRole("combobox", { name: "Search the site" })).toBeHidden();
    await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText("needs JavaScript")).toBeVisible();
    await context.close();
  });

  test(`works under the sub-path ${SUBPATH}`, async ({ page }) => {
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}introduction/`);
    const href = await firstHref(page, "Sand");
    expect(href).toMatch(new RegExp(`^${SUBPATH}[a-z/-]+/#eq-sand-time$`));
    await results(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${SUBPATH}[a-z/-]+/#eq-sand-time$`));
    await expect(page.locator("#eq-sand-time")).toBeInViewport();
  });
});

/** Runs of the hidden index text that must never be shown: alias lists and typed forms of symbols and numbers. */
const INDEX_TEXT = equations.flatMap((def) => [
  equationNumberForms(def).slice(0, 2).join(", "),
  ...def.symbols.map(symbolForms).filter((f) => f.length > 1).map((f) => f.slice(0, 2).join(", ")),
  ...(def.aliases?.length ? [`also called ${def.aliases[0]}`] : []),
]);

test.describe("clean results", () => {
  test("excerpts read as text: an equation shows its meaning, never the index text", async ({ page }) => {
    budget({ visits: 2 });
    await page.goto("introduction/");
    for (const query of ["Sand", "tSand", "eqn 6", "t+", "Tafel", "C0", "ohmic", "filters"]) {
      await field(page).fill("");
      await typeQuery(page, query);
      const shown = await results(page).evaluateAll((els) =>
        els.map((e) => ({ href: e.getAttribute("href")!, excerpt: e.querySelector(".search-option-excerpt")!.textContent! })),
      );
      expect(shown.length, query).toBeGreaterThan(0);
      for (const { href, excerpt } of shown) {
        for (const run of INDEX_TEXT) expect(excerpt, `${query} → ${href}`).not.toContain(run);
        // Nor the labels of a page's controls: an equation page's "Present" button and presentation bar, the
        // comparison's filter status, its download of the current filter and its empty-table message.
        expect(excerpt, `${query} → ${href}`).not.toMatch(/\bPresent\s*(P\s*)?$|Presenting|Leave presentation|Clear all filters|of \d+ interphases ·|Current filter|No interphase matches/);
        const slug = /#eq-([a-z0-9-]+)$/.exec(href)?.[1];
        const def = equations.find((d) => d.slug === slug);
        if (def) expect(excerpt, `${query} → ${href}`).toBe(equationExcerpt(def));
      }
    }
  });

  test("each page is one entry, its places grouped under it, no place twice", async ({ page }) => {
    await page.goto("introduction/");
    for (const query of ["sand", "current density", "SEI"]) {
      await field(page).fill("");
      await typeQuery(page, query);
      const groups = page.getByRole("listbox", { name: "Search results" }).getByRole("group");
      const pages = await groups.evaluateAll((gs) =>
        gs.map((g) => [...g.querySelectorAll("[role=option]")].map((o) => new URL((o as HTMLAnchorElement).href))),
      );
      expect(pages.length, query).toBeGreaterThan(0);
      const paths = pages.map((options) => options[0]!.pathname);
      expect(new Set(paths).size, `${query}: a page listed twice: ${paths.join(" ")}`).toBe(paths.length);
      for (const options of pages) for (const o of options) expect(o.pathname, query).toBe(options[0]!.pathname);
      const targets = pages.flat().map((u) => u.pathname + u.hash);
      expect(new Set(targets).size, `${query}: a place listed twice`).toBe(targets.length);
    }
  });
});

test.describe("the search page", () => {
  test("/search/?q=creep shows results on load", async ({ page }) => {
    await page.goto("search/?q=creep");
    await expect(page.getByRole("searchbox", { name: /Words, names/ })).toHaveValue("creep");
    await expect(page.getByRole("status").filter({ hasText: /^\d+ results? for “creep”/ })).toBeVisible();
    const first = page.getByRole("main").getByRole("heading", { level: 2 }).first().getByRole("link");
    await expect(first).toBeVisible();
    await expect(page.locator(".search-hit-excerpt mark").first()).toHaveText(/creep/i);
  });

  test("no rendered math reaches an excerpt or the index", async ({ page }) => {
    budget({ visits: 4 });
    await page.goto("search/");
    const box = page.getByRole("searchbox", { name: /Words, names/ });
    const status = page.getByRole("status").filter({ hasText: /results? for|No results/ });
    for (const query of ["Sand", "eqn 6", "SEI", "current density", "Tafel", "overpotential", "resistivity", "Arrhenius", "creep", "void", "kappa", "frac", "mathrm"]) {
      await box.fill(query);
      await expect(status).toContainText(query);
      for (const text of await page.locator(".search-hit-excerpt, .search-hit-title").allTextContents()) expect(text, query).not.toMatch(RENDERED_MATH);
    }
    // Every indexed page's whole text, through Pagefind's own API.
    const texts = await page.evaluate(async () => {
      const pf = await import(/* @vite-ignore */ `${location.pathname.replace(/search\/$/, "")}pagefind/pagefind.js`);
      const all = await pf.search(null, { filters: {} });
      return Promise.all(all.results.map(async (r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
    });
    expect(texts.length).toBeGreaterThan(8);
    for (const { url, content } of texts) expect(content, url).not.toMatch(RENDERED_MATH);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe, ${scheme}: results on the page and in the header panel`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("search/?q=Sand");
      await expect(page.locator(".search-hit").first()).toBeVisible();
      await typeQuery(page, "Tafel");
      await field(page).press("ArrowDown");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
