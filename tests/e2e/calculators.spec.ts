import { test, expect } from "./support/test";
import type { Page } from "@playwright/test";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { equations, getEquation } from "../../src/models";
import { evaluate, formatOutput } from "../../src/lib/evaluate";
import { formatForInput } from "../../src/lib/format";
import { axeViolations } from "./support/axe";
import { budget } from "./support/budget";
import { openFold } from "./support/fold";

// Calculators against the production build (dist/ at ROOT_ORIGIN, dist-base/ under /fcna/ at SUBPATH_ORIGIN).

const form = (page: Page, slug: string) => page.locator(`#calc-${slug}`);

/** The SI result the site must show for these display-unit inputs, computed by the same model code. */
function expected(slug: string, overrides: Record<string, string>): Record<string, number> {
  const calc = getEquation(slug).calculator;
  const raw = Object.fromEntries(calc.inputs.map((v) => [v.name, overrides[v.name] ?? formatForInput(v.default)]));
  return evaluate(calc, raw).outputs;
}

async function dataValue(page: Page, slug: string, output: string): Promise<number> {
  const v = await form(page, slug).locator(`output[name="${output}"]`).getAttribute("data-value");
  return v ? Number(v) : NaN;
}

function closeTo(actual: number, target: number): boolean {
  return Math.abs(actual - target) <= Math.abs(target) * 1e-9 + 1e-300;
}

// The four calculators whose URL format is public, with a state to share and a change to make.
const NAMED = [
  { slug: "sand-time", chapter: "plating-and-stripping", params: { j: "10", D: "2e-6" }, output: "t", field: /applied current density/, change: "7" },
  { slug: "tafel", chapter: "plating-and-stripping", params: { j: "5", i0: "0.2", alpha: "0.4", T: "310" }, output: "eta", field: /applied current density/, change: "3" },
  { slug: "void-flux", chapter: "plating-and-stripping", params: { j: "5", eta: "10", etac: "40" }, output: "J", field: /stripping current density/, change: "2" },
  { slug: "c-rate", chapter: "introduction", params: { r: "2", loading: "12", capacity: "140" }, output: "j", field: /C-rate/, change: "3" },
] as const;

test.describe("URL round trip of the four named calculators (chapter pages)", () => {
  for (const c of NAMED) {
    test(`${c.slug}: restore from the URL, write on change, share with the anchor`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
      const query = Object.entries(c.params).map(([k, v]) => `${c.slug}.${k}=${v}`).join("&");
      await page.goto(`${c.chapter}/?${query}#eq-${c.slug}`);
      const f = form(page, c.slug);
      for (const [name, value] of Object.entries(c.params)) await expect(f.locator(`input[name="${name}"]`)).toHaveValue(value);
      const want = expected(c.slug, c.params)[c.output]!;
      await expect.poll(() => dataValue(page, c.slug, c.output)).toBeCloseTo(want, 12);

      const input = f.getByRole("textbox", { name: c.field });
      await input.fill(c.change);
      await expect(page).toHaveURL(new RegExp(`[?&]${c.slug}\\.${Object.keys(c.params)[0]}=${c.change}(&|#|$)`));
      const after = expected(c.slug, { ...c.params, [Object.keys(c.params)[0]!]: c.change })[c.output]!;
      await expect.poll(() => dataValue(page, c.slug, c.output)).toBeCloseTo(after, 12);

      await f.getByRole("button", { name: "Share this calculation" }).click();
      await expect(f.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const url = new URL(copied);
      expect(url.pathname).toBe(`/${c.chapter}/`);
      expect(url.hash).toBe(`#eq-${c.slug}`);
      expect(url.searchParams.get(`${c.slug}.${Object.keys(c.params)[0]}`)).toBe(c.change);

      // Opening the shared link in a fresh page gives the same result.
      const fresh = await context.newPage();
      await fresh.goto(copied);
      await expect.poll(() => dataValue(fresh, c.slug, c.output)).toBeCloseTo(after, 12);
    });
  }
});

test.describe("every calculator on its own page restores from and writes to the URL", () => {
  for (const def of equations) {
    test(`${def.slug}`, async ({ page }) => {
      const calc = def.calculator;
      // A valid non-default value for the first input: its first preset's, else the default nudged within range.
      const first = calc.inputs[0]!;
      const preset = calc.presets.find((p) => first.name in p.values && p.values[first.name] !== first.default);
      const value = formatForInput(preset ? preset.values[first.name]! : Math.min(first.max, first.default * 1.5 || first.max / 2));
      await page.goto(`equations/${def.slug}/?${def.slug}.${first.name}=${value}`);
      const f = form(page, def.slug);
      await expect(f.locator(`input[name="${first.name}"]`)).toHaveValue(value);
      const want = expected(def.slug, { [first.name]: value });
      for (const o of calc.outputs) {
        await expect.poll(async () => closeTo(await dataValue(page, def.slug, o.name), want[o.name]!), { message: o.name }).toBe(true);
      }
      // Each panel is built in two drawings (phone and column width); the one that fits is shown.
      const panels = await f.locator("[data-chart] .calc-panel").count();
      expect(panels, `${def.slug}: chart panels`).toBeGreaterThan(0);
      await expect(f.locator("[data-chart] svg[role=img]:visible"), "one drawing shown per panel").toHaveCount(panels);
      // Reset returns to the defaults and removes the parameters.
      await f.getByRole("button", { name: "Reset" }).click();
      await expect(f.locator(`input[name="${first.name}"]`)).toHaveValue(formatForInput(first.default));
      await expect(page).not.toHaveURL(new RegExp(`${def.slug}\\.`));
      // A preset writes the URL.
      if (calc.presets.length) {
        await f.getByRole("button", { name: calc.presets[0]!.name, exact: true }).click();
        const changed = Object.entries(calc.presets[0]!.values).some(([k, v]) => v !== calc.inputs.find((i) => i.name === k)!.default);
        if (changed) await expect(page).toHaveURL(new RegExp(`${def.slug}\\.`));
      }
    });
  }
});

test.describe("bad input", () => {
  const cases = [
    ["empty", "", "Enter a number"],
    ["text", "abc", "Not a number"],
    ["negative", "-1", "negative"],
    ["zero, below the physical bound", "0", "Outside"],
    ["out of range", "1e9", "Outside"],
  ] as const;
  for (const [label, raw, message] of cases) {
    test(`sand-time, j ${label}: message beside the input, results "—", chart kept`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto("equations/sand-time/");
      const f = form(page, "sand-time");
      const input = f.getByRole("textbox", { name: /applied current density/ });
      await input.fill(raw);
      await expect(input).toHaveAttribute("aria-invalid", "true");
      const describedBy = await input.getAttribute("aria-describedby");
      await expect(page.locator(`#${describedBy}`)).toContainText(message);
      await expect(f.locator("output")).toHaveText(["—", "—"]);
      await expect(f.locator("output").first()).toHaveAttribute("data-value", "");
      await expect(f.locator("[data-chart] svg[role=img]")).toHaveCount(1);
      await expect(f.locator("[data-chart] svg [aria-label*='axis'], [data-chart] svg text").first()).toBeAttached();
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(errors).toEqual([]);
      // Correcting the value clears the message and brings the result back.
      await input.fill("2");
      await expect(input).not.toHaveAttribute("aria-invalid", "true");
      await expect(f.locator("output").first()).not.toHaveText("—");
    });
  }

  test("void-flux: η above η_c is refused with a message instead of a negative flux", async ({ page }) => {
    await page.goto("equations/void-flux/");
    const f = form(page, "void-flux");
    await f.getByRole("textbox", { name: /stripping overpotential/ }).fill("80");
    await expect(f.getByRole("textbox", { name: /stripping overpotential/ })).toHaveAttribute("aria-invalid", "true");
    await expect(f).toContainText("Above η_c");
    await expect(f.locator("output").first()).toHaveText("—");
  });

  test("every calculator: a non-number in its first input gives only dashes, never NaN", async ({ page }) => {
    budget({ visits: equations.length });
    for (const def of equations) {
      await page.goto(`equations/${def.slug}/`);
      const f = form(page, def.slug);
      await f.locator(`input[name="${def.calculator.inputs[0]!.name}"]`).fill("x");
      await expect(f.locator("output").first()).toHaveText("—");
      expect(await page.locator("body").innerText()).not.toMatch(/NaN|Infinity/);
    }
  });
});

test.describe("malformed URL parameters", () => {
  test("are ignored with a visible notice, and the defaults are used", async ({ page }) => {
    await page.goto("equations/sand-time/?sand-time.j=abc&sand-time.D=-5&sand-time.nope=1&sand-time.C0=2");
    const f = form(page, "sand-time");
    const notice = f.locator("[data-notice]");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("sand-time.j=abc");
    await expect(notice).toContainText("sand-time.D=-5");
    await expect(notice).toContainText("sand-time.nope=1");
    await expect(f.locator('input[name="j"]')).toHaveValue("1");
    await expect(f.locator('input[name="D"]')).toHaveValue("2e-6");
    await expect(f.locator('input[name="C0"]')).toHaveValue("2"); // the good one is kept
    await expect.poll(() => dataValue(page, "sand-time", "t")).toBeCloseTo(expected("sand-time", { C0: "2" }).t!, 9);
  });

  test("markup in a parameter is shown as text, never inserted", async ({ page }) => {
    let dialog = false;
    page.on("dialog", (d) => ((dialog = true), d.dismiss()));
    await page.goto(`equations/sand-time/?sand-time.j=${encodeURIComponent('<img src=x onerror="alert(1)">')}`);
    const notice = form(page, "sand-time").locator("[data-notice]");
    await expect(notice).toContainText('<img src=x onerror="alert(1)">');
    await expect(notice.locator("img")).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("every equation page shows default results and a static chart", async ({ page }) => {
    budget({ visits: equations.length });
    for (const def of equations) {
      await page.goto(`equations/${def.slug}/`);
      const f = form(page, def.slug);
      const defaults = expected(def.slug, {});
      for (const o of def.calculator.outputs) {
        const out = f.locator(`output[name="${o.name}"]`);
        await expect(out).not.toHaveText("—");
        expect(closeTo(Number(await out.getAttribute("data-value")), defaults[o.name]!), `${def.slug}.${o.name}`).toBe(true);
      }
      // Each panel is built in two drawings (phone and column width); the one that fits is shown.
      const panels = await f.locator("[data-chart] .calc-panel").count();
      expect(panels, `${def.slug}: chart panels`).toBeGreaterThan(0);
      await expect(f.locator("[data-chart] svg[role=img]:visible"), "one drawing shown per panel").toHaveCount(panels);
      await expect(f.getByRole("button", { name: "Reset" }), "buttons that need script are left out").toHaveCount(0);
    }
  });

  test("each chapter shows its equations' values at the defaults and charts, and links to the live calculators", async ({ page }) => {
    const byChapter = new Map<string, string[]>();
    for (const def of equations) byChapter.set(def.chapter, [...(byChapter.get(def.chapter) ?? []), def.slug]);
    budget({ visits: byChapter.size });
    for (const [chapter, slugs] of byChapter) {
      await page.goto(`${chapter}/`);
      for (const slug of slugs) {
        const view = form(page, slug);
        const def = getEquation(slug);
        const defaults = expected(slug, {});
        const shown = await view.locator("tr.calc-defaults-result td").allTextContents();
        expect(shown, `${chapter}: ${slug} results at the defaults`).toEqual(def.calculator.outputs.map((o) => formatOutput(o, defaults[o.name]!).text));
        await expect(view.locator("[data-chart] svg[role=img]").first()).toBeAttached();
        await openFold(view); // a <details>: opens without script
        await expect(view.locator("[data-chart] svg[role=img]:visible").first()).toBeVisible();
        await expect(view.getByRole("button", { name: "Change the inputs" }), "the button needs script").toBeHidden();
        await expect(view.getByRole("link", { name: "Change the inputs on the equation's page" })).toHaveAttribute("href", `/equations/${slug}/#calc-${slug}`);
      }
    }
  });
});

test.describe("a chapter's calculators come on demand", () => {
  test("Change the inputs puts the live calculator in place, first field focused, and it computes", async ({ page }) => {
    await page.goto("plating-and-stripping/#eq-sand-time");
    const view = form(page, "sand-time");
    await expect(view.locator("input")).toHaveCount(0); // values and chart only, until asked
    // Folded under a line that gives the first result at the defaults; paper shows the fold open.
    await expect(page.getByText(`Sand's time, standard form: ${formatOutput(getEquation("sand-time").calculator.outputs[0]!, expected("sand-time", {}).t!).text} at the default values`)).toBeVisible();
    await expect(view.locator("tr.calc-defaults-result").first(), "folded").toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(view.getByRole("button", { name: "Change the inputs" }), "paper has nothing to press").toBeHidden();
    await expect(view.locator("tr.calc-defaults-result").first()).toBeVisible();
    await expect(view.locator("[data-chart] svg[role=img]:visible").first()).toBeVisible();
    await page.emulateMedia({ media: null });
    await openFold(view);
    await expect(view.getByRole("link", { name: "Change the inputs on the equation's page" }), "script gives the button instead").toBeHidden();
    await view.getByRole("button", { name: "Change the inputs" }).click();
    const field = view.getByRole("textbox", { name: /applied current density/ });
    await expect(field).toBeFocused();
    await expect(view.getByText("JavaScript is off")).toHaveCount(0); // the fetched page's <noscript> is not shown
    await field.fill("7");
    await expect(page).toHaveURL(/[?&]sand-time\.j=7(&|#|$)/);
    const want = expected("sand-time", { j: "7" }).t!;
    await expect.poll(() => dataValue(page, "sand-time", "t")).toBeCloseTo(want, 12);
    await expect(form(page, "tafel").locator("input"), "the others wait").toHaveCount(0);
  });

  test("a calculator that cannot be loaded says so where it is and keeps its link", async ({ page }) => {
    await page.route("**/equations/tafel/", (route) => route.fulfill({ status: 503, body: "" }));
    await page.goto("plating-and-stripping/#eq-tafel");
    const view = form(page, "tafel");
    await openFold(view);
    await view.getByRole("button", { name: "Change the inputs" }).click();
    await expect(view.getByRole("status")).toHaveText(/could not be loaded \(the equation's page answered 503\)/);
    await expect(view.getByRole("link", { name: "Change the inputs on the equation's page" })).toBeVisible();
    await expect(view.locator("[data-chart] svg[role=img]:visible")).not.toHaveCount(0); // the values and chart stay
  });
});

test.describe("under a sub-path (/fcna/)", () => {
  test("restores from the URL and shares a link that keeps the base path", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SUBPATH_ORIGIN });
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}equations/sand-time/?sand-time.j=10`);
    await expect.poll(() => dataValue(page, "sand-time", "t")).toBeCloseTo(expected("sand-time", { j: "10" }).t!, 9);
    await form(page, "sand-time").getByRole("button", { name: "Share this calculation" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${SUBPATH_ORIGIN}${SUBPATH}equations/sand-time/?sand-time.j=10&sand-time.D=2e-6&sand-time.C0=1&sand-time.tplus=0.45#eq-sand-time`);
  });
});

test.describe("accessibility of an equation page", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe, ${scheme} scheme, after an interaction`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("equations/sand-time/");
      const f = form(page, "sand-time");
      await f.getByRole("textbox", { name: /applied current density/ }).fill("abc"); // a message is on screen
      await expect(f.locator("output").first()).toHaveText("—");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
