import { test, expect, scriptsReady } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { equations } from "../../src/models";
import { builtHtml, builtPages, chapterSlugs } from "./support/site";
import { expectUnobscured } from "./support/unobscured";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { budget } from "./support/budget";

const chapters = chapterSlugs();

/** Whether every row of a display formula's glyphs lies inside the formula's box, with nothing in it to scroll. */
const rowsInside = (display: Locator) =>
  display.evaluate((d) => {
    const box = d.getBoundingClientRect();
    const rows = [...d.querySelectorAll(".katex-html > .base")].map((b) => b.getBoundingClientRect());
    return rows.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1) && d.scrollWidth <= d.clientWidth + 1;
  });

test.describe("chapters", () => {
  test("there are eleven chapter pages in reading order", () => {
    expect(chapters).toEqual([
      "introduction", "failure-mechanisms", "native-sei", "plating-and-stripping", "gas-generation",
      "design-principles", "artificial-interphases",
      "inorganic-interphases", "organic-interphases", "hybrid-interphases", "outlook",
    ]);
  });

  for (const slug of chapters) {
    test(`${slug} loads with its numbered title, contents and pager`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const response = await page.goto(`${slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Chapters" })).toBeVisible();
      expect(await page.locator(".prose p").count()).toBeGreaterThan(3);
      await expect(page.locator(".katex-error")).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test("the table of contents marks the section being read", async ({ page }) => {
    await page.goto("native-sei/#current-funnelling");
    await expect(page.getByRole("navigation", { name: "On this page" }).locator('a[aria-current="location"]')).toHaveAttribute("href", "#current-funnelling");
  });

  test("previous and next links walk the chapters in order", async ({ page }) => {
    budget({ visits: chapters.length });
    await page.goto(`${chapters[0]}/`);
    for (const slug of chapters.slice(1)) {
      await page.getByRole("navigation", { name: "Chapters" }).getByRole("link", { name: /Next/ }).click();
      await expect(page).toHaveURL(new RegExp(`/${slug}/$`));
    }
  });
});

test.describe("equations", () => {
  for (const def of equations) {
    test(`${def.slug}: anchors and short links land on it, unobscured`, async ({ page }) => {
      // Each short link lands on `<chapter>/#eq-<slug>` by a fresh navigation, so a direct visit of that address
      // would only repeat what the /eq/<slug>/ step checks.
      budget({ visits: 3 });
      const shortIds = def.number ? [String(def.number), def.slug] : [def.slug];
      if (def.number) {
        await page.goto(`${def.chapter}/#eq-${def.number}`);
        await expectUnobscured(page.locator(`#eq-${def.slug}`));
      }
      for (const id of shortIds) {
        await page.goto(`eq/${id}/`);
        await expect(page).toHaveURL(new RegExp(`/${def.chapter}/#eq-${def.slug}$`));
        await expectUnobscured(page.locator(`#eq-${def.slug}`));
      }
    });
  }

  test("each equation page links to where it sits in the text, naming the section once", async ({ page }) => {
    await page.goto("equations/sand-time/");
    await expect(page.getByRole("link", { name: "2.2 Uneven plating and stripping, and the instabilities that follow" })).toHaveAttribute("href", "/plating-and-stripping/#eq-sand-time");
    for (const def of equations) {
      const html = await (await page.request.get(`equations/${def.slug}/`)).text();
      const link = /In the text: <a href="([^"]+)">([^<]+)<\/a>/.exec(html);
      expect(link?.[1], def.slug).toBe(`/${def.chapter}/#eq-${def.slug}`);
      expect(link?.[2], def.slug).not.toMatch(/^section (\d+(?:\.\d+)*), \1 /);
    }
  });

  test("a page opened at an anchor is there at once; a link followed within the page glides", async ({ page }) => {
    // Smooth from the start, the browser's re-scrolls to the anchor while the page arrived showed as a slow glide.
    const behavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    await page.goto("plating-and-stripping/#eq-sand-time");
    expect(await behavior()).toBe("auto");
    await page.locator('nav a[href="#stripping-voids-and-dead-sodium"]').first().click();
    expect(await behavior()).toBe("smooth");
    await expect(page.locator("#stripping-voids-and-dead-sodium")).toBeInViewport();
  });

  test("the review's seven equations keep their numbers", async ({ page }) => {
    for (let n = 1; n <= 7; n++) {
      const home = equations.find((d) => d.number === n)!.chapter;
      if (!page.url().endsWith(`/${home}/`)) await page.goto(`${home}/`);
      await expect(page.locator(`#eq-${n}`)).toHaveCount(1);
      await expect(page.locator(`figure:has(#eq-${n}) .eq-number`)).toHaveText(`(${n})`);
    }
  });

  test("eqn (6) shows the printed form and a marked correction", async ({ page }) => {
    await page.goto("plating-and-stripping/#eq-sand-time");
    const eq = page.locator("#eq-sand-time");
    await expect(eq.getByRole("complementary", { name: /Correction/ })).toContainText("denominator");
  });

  test("the copy menu's button appears on hover and on keyboard focus", async ({ page }) => {
    await page.goto("plating-and-stripping/#eq-tafel");
    const eq = page.locator("#eq-tafel");
    const menu = eq.getByRole("button", { name: /^Copy/ }).first();
    await page.mouse.move(0, 0);
    await expect(menu).toHaveCSS("opacity", "0");
    await eq.hover();
    await expect(menu).toHaveCSS("opacity", "1");
    await page.mouse.move(0, 0);
    await expect(menu).toHaveCSS("opacity", "0");
    await menu.focus();
    await expect(menu).toHaveCSS("opacity", "1");
  });

  test("in-text mentions link to the equation and preview it on hover and focus", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    const mention = page.getByRole("link", { name: "eqn (6)" }).first();
    const tip = page.locator(`#${await mention.getAttribute("aria-describedby")}`);
    await expect(tip).toBeHidden();
    await mention.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Sand");
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
    await mention.focus();
    await expect(tip).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await mention.press("Enter");
    await expect(page).toHaveURL(/#eq-sand-time$/);
  });

  test("every equation is mentioned by a working in-text link somewhere", async ({ page }) => {
    budget({ visits: chapters.length });
    const seen = new Set<string>();
    for (const slug of chapters) {
      await page.goto(`${slug}/`);
      for (const href of await page.locator("a.eqref").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))) seen.add(href.replace("#eq-", ""));
    }
    for (const def of equations) expect(seen, `no in-text mention of ${def.slug}`).toContain(def.slug);
  });
});

test.describe("citations", () => {
  test("every in-text citation resolves to an entry on its page, with a preview", async ({ page }) => {
    budget({ visits: chapters.length + 1 });
    let total = 0;
    for (const slug of chapters) {
      await page.goto(`${slug}/`);
      const hashes = await page.locator(".cite:not(.cite--mismatch) a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
      total += hashes.length;
      for (const h of new Set(hashes)) await expect(page.locator(`.chapter-refs ${h}`), `${slug} ${h}`).toHaveCount(1);
    }
    expect(total).toBeGreaterThan(100);
    await page.goto("failure-mechanisms/");
    const cite = page.locator(".cite:not(.cite--mismatch) a").first();
    await cite.focus();
    await expect(page.locator(`#${await cite.getAttribute("aria-describedby")}`)).toBeVisible();
  });

  test("flagged citations say what the printed number names and link to the note", async ({ page }) => {
    await page.goto("introduction/");
    const flagged = page.locator(".cite--mismatch a").first();
    await expect(flagged).toHaveAttribute("href", /references\/#numbering-note$/);
    await flagged.hover();
    await expect(page.locator(`#${await flagged.getAttribute("aria-describedby")}`)).toContainText("cannot support");
  });

  test("the references page lists all 94 references", async ({ page }) => {
    await page.goto("references/");
    await expect(page.locator(".ref-list--full > li")).toHaveCount(94);
    await expect(page.locator("#ref-94")).toContainText("N/P");
    await expect(page.locator("#numbering-note")).toBeVisible();
  });
});

test.describe("site", () => {
  test("the header marks where the reader is: Chapters on a chapter only, Equations on an equation page", async ({ page }) => {
    budget({ visits: 3 });
    const nav = page.getByRole("navigation", { name: "Site" });
    const current = () => nav.locator('a[aria-current="page"]');
    await page.goto("outlook/");
    await expect(current()).toHaveText("Chapters");
    await page.goto("equations/sand-time/");
    await expect(current()).toHaveText("Equations");
    for (const other of ["problems/", "does-not-exist/"]) { // the course pack has no site header
      await page.goto(other);
      await expect(nav.getByRole("link", { name: "Chapters" })).toBeVisible();
      await expect(current(), other).toHaveCount(0);
    }
  });

  test("home page names the review with its DOI and offers BibTeX", async ({ page }) => {
    await page.goto("");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fast-charging sodium metal anodes");
    await expect(page.locator(".home").getByRole("link", { name: /doi:10\.1039\/d5lf00305a/ })).toHaveAttribute("href", "https://doi.org/10.1039/d5lf00305a");
    await expect(page.getByRole("heading", { name: "Cite this site" })).toBeVisible();
    await expect(page.locator('pre[data-format="bibtex"][data-cite="page"]')).toContainText("@misc{");
    expect(await page.locator(".chapter-list > li").count()).toBe(chapters.length);
  });

  test("the built site makes no request to any other host", async ({ page }) => {
    budget({ visits: 4 });
    const outside: string[] = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (!["localhost", "127.0.0.1"].includes(u.hostname) && u.protocol !== "data:") outside.push(r.url());
    });
    for (const slug of ["", ...chapters.slice(0, 2), "references/"]) await page.goto(slug.endsWith("/") || !slug ? slug : `${slug}/`, { waitUntil: "networkidle" });
    expect(outside).toEqual([]);
  });

  test("unknown addresses get the 404 page", async ({ page }) => {
    const r = await page.goto("no-such-page/");
    expect(r?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("under a sub-path, short links and chapters keep the base", async ({ page }) => {
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}eq/6/`);
    await expect(page).toHaveURL(`${SUBPATH_ORIGIN}${SUBPATH}plating-and-stripping/#eq-sand-time`);
    await expectUnobscured(page.locator("#eq-sand-time"));
    await page.getByRole("link", { name: "References", exact: true }).first().click();
    await expect(page).toHaveURL(`${SUBPATH_ORIGIN}${SUBPATH}references/`);
  });

  test("a chapter prints without site chrome", async ({ page }) => {
    await page.goto("plating-and-stripping/");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".toc")).toBeHidden();
    await expect(page.locator("#eq-sand-time")).toBeVisible();
  });
});

test.describe("stable on load", () => {
  // A phone with a slow CPU draws frames while the page is still being parsed and before its scripts run; what
  // those frames show must already be in place. Measured before the fix: 0.044 on chapters with the place bar
  // (drawn 0 px tall at first), 0.043 on /interphases/ (its filters revealed late). Whether such a frame is drawn
  // depends on timing: with the place-bar fault put back, this test failed 2 of 4 runs (a busy machine draws more
  // early frames). KaTeX's fonts still swap in (up to 0.002 seen), hence a small allowance rather than zero.
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  for (const path of ["hybrid-interphases/", "interphases/", "search/"]) {
    test(`${path} does not shift its layout while it loads (412 px, CPU 4× slower)`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: { value: number; nodes: string[] }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
            if (!e.hadRecentInput) shifts.push({ value: e.value, nodes: e.sources.map((s) => (s.node as Element | undefined)?.className?.toString() ?? "?") });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(path);
      // Every script has run: the theme picker is ready and the page's custom elements are upgraded.
      await expect(page.locator(".theme-picker:not([data-pending])")).toBeAttached();
      await page.waitForFunction(() => document.readyState === "complete" && !document.querySelector(":not(:defined)"));
      await page.evaluate(() => document.fonts.ready);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.005);
    });
  }
});

test.describe("what a page waits for", () => {
  // The page reads without its scripts, so the first paint does not wait for them (src/reading/after-paint.ts):
  // they start from one loader once the first contentful paint is reported, and the formulas' fonts start with
  // the stylesheet. Held on a chapter and on an equation page, both with formulas and several scripts.
  for (const path of ["outlook/", "equations/sand-time/"]) {
    test(`${path} paints before it fetches any script, and fetches its math fonts from the start`, async ({ page }) => {
      await page.goto(path); // returns once the loader says every script has run (support/test.ts)
      await expect(page.locator(".theme-picker:not([data-pending])")).toBeAttached(); // and they did
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        scripts: performance.getEntriesByType("resource").filter((e) => /\/_astro\/.*\.js$/.test(e.name)).map((e) => ({ name: e.name, start: e.startTime })),
        fonts: performance.getEntriesByType("resource").filter((e) => /KaTeX_.*\.woff2$/.test(e.name)).map((e) => ({ font: /KaTeX_([\w-]+)\./.exec(e.name)![1], by: (e as PerformanceResourceTiming).initiatorType })),
      }));
      expect(timing.paint).toBeGreaterThan(0);
      expect(timing.scripts.length).toBeGreaterThan(3);
      for (const s of timing.scripts) expect(s.start, s.name).toBeGreaterThanOrEqual(timing.paint!);
      // Each font the formulas use was fetched once, by its preload (not again by the stylesheet): the upright and
      // italic fonts on both pages, and eqn (6)'s large brackets (Size3) on its own page.
      expect(timing.fonts.map((f) => f.by)).toEqual(timing.fonts.map(() => "link"));
      expect(new Set(timing.fonts.map((f) => f.font)).size).toBe(timing.fonts.length);
      expect(timing.fonts.map((f) => f.font)).toEqual(expect.arrayContaining(["Main-Regular", "Math-Italic", ...(path.startsWith("equations/") ? ["Size3-Regular"] : [])]));
    });
  }

  // The first frame waits for the whole page (Base.astro's rel="expect"), so a long chapter is laid out once, with
  // its formulas' fonts, rather than again for each part that arrives. Here the page comes in over about a second
  // (200 kB/s), so that without the hold the browser would draw the parts it has first.
  test("a long chapter arriving slowly is first drawn whole, with its math fonts already loaded", async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: 200_000, uploadThroughput: 200_000 });
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const w = window as unknown as { firstFrame: unknown };
        w.firstFrame = {
          parsed: document.getElementById("page-end") !== null,
          fonts: [...document.fonts].filter((f) => f.family.startsWith("KaTeX_") && f.status === "loaded").map((f) => f.family).sort(),
        };
      });
    });
    await page.goto("plating-and-stripping/");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const first = await page.evaluate(() => (window as unknown as { firstFrame: { parsed: boolean; fonts: string[] } }).firstFrame);
    expect(first.parsed, "the end of the page was parsed before its first frame").toBe(true);
    // The three faces the chapter's formulas use, preloaded and started from the <head> (after-paint.ts).
    expect(first.fonts).toEqual(["KaTeX_Main", "KaTeX_Math", "KaTeX_Size3"]);
  });

  // A held first frame is released only when the element it names is inserted: a page without that element would
  // stay blank until it loaded, and content after it would be drawn in a second pass.
  test("every page that holds its first frame ends with the element it waits for", () => {
    // Every page but the embeds, which draw one equation and hold nothing back.
    const pages = builtPages("dist").filter((path) => !path.startsWith("embed/")).map((path) => ({ path, html: builtHtml(path) }));
    expect(pages.length).toBeGreaterThan(50);
    for (const { path, html } of pages) {
      const target = /<link rel="expect" href="#([^"]+)" blocking="render">/.exec(html)?.[1];
      expect(target, path).toBe("page-end");
      // The script that measures the page (page-end.ts) runs just before it, so the first frame has its measurements.
      const end = /<script src="[^"]*\/page-end\.js\?v=\w+"><\/script>\s*<template id="page-end"><\/template>/.exec(html);
      expect(end, path).not.toBeNull();
      // After it, only the module loader (after-paint.ts).
      const after = html.slice(end!.index + end![0].length);
      expect(after.replace(/<script[^>]*>[^<]*<\/script>/g, "").trim(), path).toBe("</body></html>");
    }
  });

  // On a slow phone a reader can act in the page before its scripts arrive. Each script is held back here until
  // the reader has acted, then let through: what the reader did must still take effect.
  async function holdBack(page: Page, script: RegExp) {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route(script, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test("a value typed into a calculator before its script arrives is computed when it does", async ({ page }) => {
    const release = await holdBack(page, /\/_astro\/Calculator\.astro_astro_type_script[^/]*\.js$/);
    await page.goto("equations/sand-time/", { waitUntil: "domcontentloaded" }); // not for the held script
    const f = page.locator("form[data-calc=sand-time]");
    const output = f.locator("output").first();
    const before = await output.textContent();
    await f.getByRole("textbox", { name: /applied current density/ }).fill("x");
    await expect(output).toHaveText(before!); // nothing has run yet
    release();
    await expect(output).toHaveText("—");
  });

  test("a press on Share made while the calculators' code is still on its way is answered when it arrives", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    const release = await holdBack(page, /\/_astro\/runtime\.[^/]*\.js$/);
    await page.goto("equations/sand-time/");
    const f = page.locator("form[data-calc=sand-time]");
    await f.getByRole("textbox", { name: /applied current density/ }).fill("abc"); // starts fetching the runtime
    await f.getByRole("button", { name: "Share this calculation" }).click(); // before it is there
    release();
    await expect(f.locator("[data-share-status]")).toHaveText(
      "Link copied. It leaves out sand-time.j, which is not valid, so the link opens with the default there.",
    );
  });

  test("a query typed into the header search before its script arrives gets its results", async ({ page }) => {
    const release = await holdBack(page, /\/_astro\/Search\.astro_astro_type_script[^/]*\.js$/);
    await page.goto("references/", { waitUntil: "domcontentloaded" });
    const field = page.getByRole("combobox", { name: "Search the site" });
    await field.click();
    await field.pressSequentially("sand");
    await expect(page.locator("[role=listbox][data-query]")).toHaveCount(0);
    release();
    await expect(page.locator('[role=listbox][data-query="sand"]')).toHaveCount(1);
    await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toBeVisible();
  });
  test("a query typed on the search page before its script arrives is searched, not replaced", async ({ page }) => {
    const release = await holdBack(page, /\/_astro\/search\.astro_astro_type_script[^/]*\.js$/);
    await page.goto("search/?q=tafel", { waitUntil: "domcontentloaded" });
    await page.getByRole("searchbox", { name: "Words, names, equation numbers or symbols" }).fill("sand");
    release();
    await expect(page.locator("[data-search-page-status]")).toHaveText(/results? for “sand”/);
    await expect(page).toHaveURL(/[?&]q=sand(&|$)/);
  });

  test("a chart point focused before the calculators' script arrives shows its label when it does", async ({ page }) => {
    const release = await holdBack(page, /\/_astro\/Calculator\.astro_astro_type_script[^/]*\.js$/);
    await page.goto("limits/", { waitUntil: "domcontentloaded" });
    const point = page.locator("#calc-limits [data-chart] svg.calc-svg:visible a[data-label]").first(); // the map drawn for this width
    await point.focus();
    const label = await point.getAttribute("data-label");
    release();
    await expect(page.locator(".calc-tip")).toBeVisible();
    await expect(page.locator(".calc-tip")).toHaveText(label!);
  });

  test("at 320 px a wide formula is fitted in the first paint, before any module script", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort()); // no module script ever arrives
    await page.goto("equations/sand-time/", { waitUntil: "domcontentloaded" });
    const display = page.locator("#eq-sand-time .katex-display").first();
    await expect(display).toHaveAttribute("data-fit", "");
    // Every row of glyphs inside the box, nothing to scroll (measured once the fonts are in, as the script does).
    await expect.poll(() => rowsInside(display)).toBe(true);
  });
  test("at 320 px a formula measured before its fonts arrived is fitted again when they do", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const release = await holdBack(page, /\/_astro\/KaTeX_[^/]*\.woff2$/);
    await page.goto("equations/sand-time/", { waitUntil: "domcontentloaded" });
    const display = page.locator("#eq-sand-time .katex-display").first();
    // Laid out in a fallback font, narrower than KaTeX's: it fits as it is, and two frames give the observer its turn.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await rowsInside(display)).toBe(true);
    await expect(display).not.toHaveAttribute("data-fit");
    // KaTeX's fonts widen the glyphs but not the column, so no resize is observed: the font set's event asks again.
    release();
    await expect(display).toHaveAttribute("data-fit", "");
    await expect.poll(() => rowsInside(display)).toBe(true);
  });
  // What the scripts reveal is laid out from the first frame (invisible until then), so their arrival moves nothing:
  // a reader who followed a #problem-… link stays at the problem. Held at phone width, where wrapping is likeliest.
  for (const path of ["problems/", "interphases/", "equations/sand-time/"]) {
    test(`${path} keeps its height when its scripts arrive`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      const release = await holdBack(page, /\/_astro\/.*\.js$/);
      await page.goto(path, { waitUntil: "domcontentloaded" });
      await page.waitForLoadState("load");
      await page.evaluate(() => document.fonts.ready);
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const before = await height();
      release();
      await scriptsReady(page);
      expect(Math.abs((await height()) - before)).toBeLessThanOrEqual(1);
    });
  }
});
