import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseHTML } from "linkedom";
import { ROOT_ORIGIN, SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { builtPages, chapterSlugs } from "./support/site";
import { budget } from "./support/budget";
import { directives, settled, watchPolicy } from "./support/csp";
import { openFold } from "./support/fold";

// Issue 16: a strict Content Security Policy with Trusted Types on every built page (src/csp/README.md). The
// built HTML is read for the policy itself; Chromium walks every interactive feature under it and reports any
// violation; hostile text in each URL-driven input stays text.

const BUILDS = [
  { name: "root", dir: "dist", origin: ROOT_ORIGIN, base: "/" },
  { name: "sub-path", dir: "dist-base", origin: SUBPATH_ORIGIN, base: SUBPATH },
] as const;

/** Directives every page has, with exactly these sources. script-src and style-src also carry Astro's hashes. */
const EXACT: Record<string, string[]> = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "require-trusted-types-for": ["'script'"],
  "trusted-types": ["default"],
};

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const fileOf = (dir: string, path: string) => join(dir, path.endsWith(".html") ? path : `${path}index.html`);
/** The address a built page answers at. */
const sitePath = (base: string, path: string) => `${base}${path === "index.html" ? "" : path}`;

/** Every page's HTML and its policy, read once per build. */
const pages = new Map<string, { path: string; html: string; policy: string }[]>();
function read(dir: string) {
  if (!pages.has(dir)) {
    pages.set(
      dir,
      builtPages(dir, { redirects: true }).map((path) => {
        const html = readFileSync(fileOf(dir, path), "utf8");
        const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html)?.[1] ?? "";
        return { path, html, policy: policy.replaceAll("&#39;", "'").replaceAll("&amp;", "&") };
      }),
    );
  }
  return pages.get(dir)!;
}

test.describe("the policy in every built page", () => {
  for (const { name, dir } of BUILDS) {
    test(`${name}: first in <head>; only this origin, hashed inline scripts, Trusted Types; no inline CSS`, () => {
      const built = read(dir);
      expect(built.map((p) => p.path)).toEqual(expect.arrayContaining(["", "404.html", "search/", "limits/", "print/", "interphases/", "glossary/"]));
      for (const { path, html, policy } of built) {
        const { document } = parseHTML(html);
        const metas = [...document.querySelectorAll("meta[http-equiv]")].filter((m) => m.getAttribute("http-equiv")!.toLowerCase() === "content-security-policy");
        expect(metas, path).toHaveLength(1);
        // A <meta> policy covers only what follows it: only the charset declaration comes first.
        const head = [...document.head.children];
        expect(head.slice(0, head.indexOf(metas[0]!)).map((e) => e.outerHTML), path).toEqual(['<meta charset="utf-8">']);

        const d = directives(policy);
        for (const [directive, sources] of Object.entries(EXACT)) expect(d.get(directive), `${path}: ${directive}`).toEqual(sources);
        const scriptSrc = d.get("script-src") ?? [];
        expect(scriptSrc.filter((s) => !s.startsWith("'sha256-")), `${path}: script-src`).toEqual(["'self'", "'wasm-unsafe-eval'"]);
        expect((d.get("style-src") ?? []).filter((s) => !s.startsWith("'sha256-")), `${path}: style-src`).toEqual(["'self'"]);

        // Each inline script runs by its hash alone; a JSON data block is not a script and needs none.
        for (const script of document.querySelectorAll("script:not([src])")) {
          if (script.getAttribute("type") === "application/json") continue;
          expect(scriptSrc, `${path}: inline script ${script.textContent!.slice(0, 60)}`).toContain(sha256(script.textContent!));
        }
        // No inline CSS anywhere: every style is in a stylesheet of this origin.
        expect(document.querySelectorAll("style, [style]").length, `${path}: <style> or style attribute`).toBe(0);
      }
    });

    test(`${name}: _headers gives each page its policy with frame-ancestors, embeds framable anywhere`, ({}, testInfo) => {
      const rules: { pattern: string; policy: string }[] = [];
      let pattern = "";
      for (const line of readFileSync(join(dir, "_headers"), "utf8").split("\n")) {
        if (!line || line.startsWith("#")) continue;
        if (!line.startsWith(" ")) pattern = line.trim();
        else rules.push({ pattern, policy: line.replace(/^\s+Content-Security-Policy:\s*/, "") });
      }
      const base = BUILDS.find((b) => b.dir === dir)!.base;
      const matches = (p: string, at: string) => (p.endsWith("/*") ? at.startsWith(p.slice(0, -1)) : at === p);
      for (const { path, policy } of read(dir)) {
        const at = sitePath(base, path);
        const rule = rules.filter((r) => matches(r.pattern, at));
        expect(rule.map((r) => r.pattern), at).toHaveLength(1);
        const header = directives(rule[0]!.policy);
        for (const [directive, sources] of directives(policy)) expect(header.get(directive), `${at}: ${directive}`).toEqual(expect.arrayContaining(sources));
        expect(header.get("frame-ancestors"), at).toEqual(path.startsWith("embed/") ? ["*"] : ["'none'"]);
      }
      testInfo.annotations.push({ type: "rules", description: String(rules.length) });
    });
  }
});

/* ---------- In the browser: zero violations ---------- */

test("the policy is enforced and the watch sees it: an HTML string, a style attribute and an inline script are refused", async ({ page }) => {
  const found = await watchPolicy(page);
  await page.goto("equations/sand-time/");
  const outcome = await page.evaluate(() => {
    const results: string[] = [];
    try {
      document.body.insertAdjacentHTML("beforeend", "<b>x</b>");
      results.push("HTML written");
    } catch (e) {
      results.push((e as Error).name);
    }
    const p = document.createElement("p");
    p.setAttribute("style", "color: red");
    document.body.append(p);
    results.push(getComputedStyle(p).color === getComputedStyle(document.body).color ? "style not applied" : "style applied");
    try {
      const script = document.createElement("script");
      script.textContent = "document.documentElement.dataset.ran = ''";
      document.body.append(script);
    } catch (e) {
      results.push((e as Error).name);
    }
    results.push(String("ran" in document.documentElement.dataset));
    return results;
  });
  // Trusted Types refuse the string, the style attribute is not applied, the script text is refused and never runs.
  expect(outcome).toEqual(["TypeError", "style not applied", "TypeError", "false"]);
  await settled(page);
  expect(found.filter((f) => !f.startsWith("console:")).map((f) => f.split(":")[0])).toEqual(["require-trusted-types-for", "style-src-attr", "require-trusted-types-for"]);
});

/** One page of each kind: a chapter, each top-level page, the first of each folder of pages, a redirect of each kind. */
function pageKinds(dir: string): string[] {
  const chapters = new Set(chapterSlugs());
  const seen = new Map<string, string>();
  for (const path of builtPages(dir, { redirects: true })) {
    const [first, ...rest] = path.split("/");
    const kind = chapters.has(first!) ? "chapter" : `${first}${rest.filter(Boolean).length ? "/*" : ""}`;
    if (!seen.has(kind)) seen.set(kind, path);
  }
  return [...seen.values()];
}

const isRedirect = (dir: string, path: string) => /http-equiv="refresh"/.test(readFileSync(fileOf(dir, path), "utf8"));

for (const { name, dir, origin, base } of BUILDS) {
  test.describe(`${name}: no violation`, () => {
    test("loading one page of every kind, the 404 page and the redirects", async ({ page }) => {
      const kinds = pageKinds(dir);
      budget({ visits: kinds.length + 1 });
      const found = await watchPolicy(page);
      for (const path of [...kinds, "no-such-page/"]) {
        await page.goto(`${origin}${sitePath(base, path)}`);
        // A short link moves on by itself: the test waits for the page it leads to.
        if (path !== "no-such-page/" && isRedirect(dir, path)) await page.waitForURL((url) => !url.pathname.startsWith(`${base}${path.split("/")[0]}/`));
        await page.waitForLoadState("load");
        await settled(page);
      }
      expect(found).toEqual([]);
    });

    test("a chapter: theme, previews, a calculator loaded and typed in, a preset, share, the copy menu, downloads, header search", async ({ page, context }) => {
      budget({ visits: 2 });
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
      const found = await watchPolicy(page);
      await page.goto(`${origin}${base}plating-and-stripping/`);

      await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

      const mention = page.getByRole("link", { name: "eqn (6)" }).first();
      await mention.hover();
      await expect(page.locator(`#${await mention.getAttribute("aria-describedby")}`)).toBeVisible();

      const calc = page.locator("#calc-sand-time");
      await openFold(calc);
      await calc.getByRole("button", { name: "Change the inputs" }).click(); // fetched from the equation's page
      await calc.getByRole("textbox", { name: /applied current density/ }).fill("7");
      await expect(page).toHaveURL(/sand-time\.j=7/);
      await expect(calc.locator("[data-chart] svg[role=img]").first()).toBeVisible();
      await calc.getByRole("button", { name: "fast, 5 mA cm⁻²" }).click();
      await expect(calc.getByRole("textbox", { name: /applied current density/ })).toHaveValue("5");
      await calc.getByRole("button", { name: "Share this calculation" }).click();
      await expect(calc.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();

      const eq = page.locator("#eq-sand-time");
      const menu = eq.getByRole("button", { name: /^Copy: / });
      await menu.click();
      await eq.getByRole("button", { name: "Copy LaTeX" }).click();
      await expect(eq.locator("copy-menu").getByRole("status")).not.toBeEmpty();
      for (const label of ["Download chart PNG", "Download chart SVG"]) {
        await menu.click();
        const [file] = await Promise.all([page.waitForEvent("download"), eq.getByRole("button", { name: label, exact: true }).click()]);
        expect(file.suggestedFilename()).toMatch(/^sand-time-chart\.(png|svg)$/);
      }

      const field = page.getByRole("combobox", { name: "Search the site" });
      await field.click();
      await field.pressSequentially("Sand");
      await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toBeVisible();
      await settled(page);
      expect(found).toEqual([]);
    });

    test("the interphase table: filter, sort, columns, chart views, a point's figures, a download", async ({ page }) => {
      const found = await watchPolicy(page);
      await page.goto(`${origin}${base}interphases/`);
      await page.getByRole("group", { name: "Class" }).getByRole("checkbox", { name: /^hybrid\b/ }).check();
      await expect(page).toHaveURL(/class=hybrid/);
      await expect(page.getByRole("group", { name: /^Chart of lifetime/ })).toBeVisible();
      const sort = page.getByRole("columnheader", { name: /Current density/ }).getByRole("button");
      await sort.click();
      await expect(page.getByRole("columnheader", { name: /Current density/ })).toHaveAttribute("aria-sort", /ascending|descending/);
      await page.locator(".ipx-columns summary").click();
      await page.getByRole("group", { name: "Show columns" }).getByRole("checkbox", { name: "Family" }).check();
      await expect(page.getByRole("columnheader", { name: /^Family/ })).toBeVisible();
      await page.getByRole("radio", { name: "Cumulative plated capacity" }).check();
      await expect(page.getByRole("group", { name: /^Chart of cumulative plated capacity/ })).toBeVisible();
      await page.locator(".ipx-plot svg[role=group] a").first().focus();
      await expect(page.locator(".ipx-tip")).toBeVisible();
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV of the current filter" }).click()]);
      expect(file.suggestedFilename()).toBe("interphases-current-filter.csv");
      await settled(page);
      expect(found).toEqual([]);
    });

    test("problems: a filter, an answer checked, a hint, the worked solution; the lecture view and a preset key", async ({ page }) => {
      budget({ visits: 2 });
      const found = await watchPolicy(page);
      await page.goto(`${origin}${base}problems/`);
      await page.getByLabel("Chapter").selectOption("plating-and-stripping");
      await expect(page).toHaveURL(/chapter=plating-and-stripping/);
      const problem = page.locator("#problem-sand-time-operando");
      await problem.getByLabel("Answer", { exact: true }).fill("32.2");
      await problem.getByRole("button", { name: "Check" }).click();
      await expect(problem.getByRole("status")).toHaveText(/^Correct/);
      await problem.getByText("Hint 1 of 3").click();
      await expect(problem.getByText("Hint 2 of 3")).toBeVisible();
      await problem.getByText("Worked solution").click();
      // Brought from the equation's page (fetched, adopted, put in place) under the same policy.
      await expect(problem.locator("details.problem-solution")).toHaveAttribute("data-solution", "loaded");
      await expect(problem.locator(".problem-result")).toContainText("32.2");

      await page.goto(`${origin}${base}equations/sand-time/`);
      await page.getByRole("button", { name: "Present", exact: true }).click();
      await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
      await page.keyboard.press("2");
      await expect(page.locator('figure#eq-sand-time input[name="j"]')).toHaveValue("5");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("button", { name: "Leave presentation" })).toBeHidden();
      await settled(page);
      expect(found).toEqual([]);
    });

    test("the search page with filters, the limits page, and an embed framed by another page", async ({ page }) => {
      budget({ visits: 3 });
      const found = await watchPolicy(page);
      await page.goto(`${origin}${base}search/?q=alucone`);
      await expect(page.getByRole("status").filter({ hasText: /results? for “alucone”/ })).toBeVisible();
      await page.getByRole("radio", { name: "Interphases" }).check();
      await expect(page).toHaveURL(/type=Interphase/);
      await expect(page.locator(".search-hit-title").first()).toBeVisible();

      await page.goto(`${origin}${base}limits/`);
      const limits = page.locator("#calc-limits");
      await limits.getByRole("textbox", { name: /applied current density/ }).fill("20");
      await expect(page).toHaveURL(/limits\.j=20/);
      await limits.locator("svg.calc-svg:visible a").first().focus();

      // Another site frames the embed: it loads, takes input and redraws inside the frame.
      const host = createServer((_, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(`<!doctype html><title>Host</title><iframe src="${origin}${base}embed/sand-time/" title="Sand's time" width="600" height="900"></iframe>`);
      });
      await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
      try {
        await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
        const frame = page.frameLocator("iframe");
        await frame.getByRole("textbox", { name: /applied current density/ }).fill("3");
        await expect(frame.locator("[data-chart] svg[role=img]").first()).toBeVisible();
        await expect(frame.locator('output[name="t"]')).not.toHaveText("—");
        await settled(page);
      } finally {
        host.close();
      }
      expect(found).toEqual([]);
    });
  });
}

/* ---------- Hostile text in every URL-driven input ---------- */

/** A payload that runs `pwned()` if it is ever parsed as HTML: the test defines `pwned` and watches for a call. */
const PAYLOAD = `"><img src=x onerror=pwned()>`;
const encoded = encodeURIComponent(PAYLOAD);

async function hostile(page: Page) {
  const found = await watchPolicy(page);
  await page.addInitScript(() => {
    (window as unknown as { pwned(): void }).pwned = () => document.documentElement.setAttribute("data-pwned", "");
  });
  return async () => {
    await settled(page);
    expect(await page.locator("[data-pwned], img[src=x], [onerror]").count(), "markup from the URL became elements").toBe(0);
    expect(found).toEqual([]);
  };
}

test.describe("a payload in each URL-driven input stays text", () => {
  test("a calculator value and a parameter name", async ({ page }) => {
    const check = await hostile(page);
    await page.goto(`plating-and-stripping/?sand-time.j=${encoded}&sand-time.${encoded}=1#eq-sand-time`);
    const notice = page.locator("#calc-sand-time [data-notice]");
    await expect(notice).toContainText(`sand-time.j=${PAYLOAD}: not a number`);
    await expect(notice).toContainText(`sand-time.${PAYLOAD}=1: this calculator has no such input`);
    await check();
  });

  test("the interphase table's class and text filters", async ({ page }) => {
    const check = await hostile(page);
    await page.goto(`interphases/?class=${encoded}&text=${encoded}`);
    await expect(page.getByRole("alert")).toContainText(`class=${PAYLOAD}: no such class`);
    await expect(page.getByRole("searchbox", { name: "Name or phase" })).toHaveValue(PAYLOAD);
    await check();
  });

  test("/search/?q=", async ({ page }) => {
    const check = await hostile(page);
    await page.goto(`search/?q=${encoded}`);
    await expect(page.locator("[data-search-page-status]")).toContainText(`“${PAYLOAD}”`);
    await expect(page.locator("#search-page-q")).toHaveValue(PAYLOAD);
    await check();
  });

  test("the limits page", async ({ page }) => {
    const check = await hostile(page);
    await page.goto(`limits/?limits.j=${encoded}`);
    await expect(page.locator("#calc-limits [data-notice]")).toContainText(`limits.j=${PAYLOAD}: not a number`);
    await check();
  });

  test("the problems' chapter and difficulty filters: an unknown value is ignored", async ({ page }) => {
    const check = await hostile(page);
    await page.goto(`problems/?chapter=${encoded}&difficulty=${encoded}`);
    await expect(page.getByLabel("Chapter")).toHaveValue("");
    await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(/^Showing all \d+ problems\.$/);
    await check();
  });

  test("a section short link that does not exist (the 404 page)", async ({ page }) => {
    const check = await hostile(page);
    await page.goto(`sec/${encoded}/`);
    await expect(page.locator("[data-notfound-section]")).toHaveText(`The review has no section “${PAYLOAD}”. Its sections are listed below.`);
    await check();
  });
});
