import { test, expect } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./support/axe";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";
import { definition as limits } from "../../src/models/limits";
import { evaluate } from "../../src/lib/evaluate";
import { formatForInput } from "../../src/lib/format";

// The fast-charging limits page (/limits/) and its embed in section 2.2, against the production build.

const form = (page: Page) => page.locator("#calc-limits");
const output = (page: Page, name: string) => form(page).locator(`output[name="${name}"]`);
const field = (page: Page, name: RegExp) => form(page).getByRole("textbox", { name });
/** The map as shown: the build draws it at two widths and the stylesheet shows one; the runtime draws one. */
const map = (page: Page) => form(page).locator("[data-chart] .calc-panel").first().locator("svg.calc-svg:visible");

/** The SI results the page must show for these display-unit inputs, from the same model code. */
function expected(overrides: Record<string, string>): Record<string, number> {
  const raw = Object.fromEntries(limits.calculator.inputs.map((v) => [v.name, overrides[v.name] ?? formatForInput(v.default)]));
  return evaluate(limits.calculator, raw).outputs;
}

const STATES = {
  steady: { j: "2", Q: "1" },
  depletion: { j: "20", Q: "5", L: "675" },
  complete: { j: "20", Q: "0.1", L: "675" },
} as const;
const query = (values: Record<string, string>) => Object.entries(values).map(([k, v]) => `limits.${k}=${v}`).join("&");

async function expectOutputs(page: Page, values: Record<string, string>) {
  const want = expected(values);
  for (const name of ["tCharge", "tSand", "jLim", "jSand", "eta"]) {
    await expect.poll(async () => Number(await output(page, name).getAttribute("data-value")), { message: name }).toBeCloseTo(want[name]!, 6);
  }
}

/** Where the j_lim label and the reader's ring are drawn in the map, in page pixels. */
function mapGeometry(svg: Locator) {
  return svg.evaluate((el) => {
    const label = [...el.querySelectorAll("text")].find((t) => t.textContent === "jlim"); // j with "lim" set as a subscript
    const rings = [...el.querySelectorAll("circle")].filter((c) => !c.closest("a"));
    const ring = rings[rings.length - 1];
    return { jLimX: label?.getBoundingClientRect().x ?? NaN, ringY: ring?.getBoundingClientRect().y ?? NaN };
  });
}

test.describe("verdicts", () => {
  for (const [verdict, values] of Object.entries(STATES)) {
    test(`${verdict}, from the URL`, async ({ page }) => {
      await page.goto(`limits/?${query(values)}`);
      for (const [name, value] of Object.entries(values)) await expect(form(page).locator(`input[name="${name}"]`)).toHaveValue(value);
      await expect(output(page, "verdict")).toHaveAttribute("data-value", verdict);
      await expectOutputs(page, values);
      await expect(form(page).locator("[data-notes] li").first()).not.toBeEmpty();
    });
  }

  test("all three by typing, with the address following", async ({ page }) => {
    await page.goto("limits/");
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "steady");
    await field(page, /distance between the electrodes/).fill("675");
    await field(page, /applied current density/).fill("20");
    await field(page, /areal capacity/).fill("5");
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "depletion");
    await expect(output(page, "verdict")).toHaveText("Na⁺ runs out before the charge ends");
    await expect(page).toHaveURL(/[?&]limits\.Q=5(&|#|$)/);
    await expectOutputs(page, STATES.depletion);
    await field(page, /areal capacity/).fill("0.1");
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "complete");
    await field(page, /applied current density/).fill("2");
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "steady");
    await expect(page).toHaveURL(/[?&]limits\.j=2(&|#|$)/);
  });

  test("t₊ = 1 and L = 0: a message beside the input, dashes, never NaN", async ({ page }) => {
    await page.goto("limits/?limits.tplus=1");
    await expect(form(page).locator("[data-notice]")).toBeHidden(); // a valid number; the message is the field's
    const tplus = field(page, /cation transference number/);
    await expect(tplus).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await tplus.getAttribute("aria-describedby")}`)).toContainText("only Na⁺ carries the current");
    await expect(output(page, "verdict")).toHaveText("—");
    await tplus.fill("0.45");
    const L = field(page, /distance between the electrodes/);
    await L.fill("0");
    await expect(page.locator(`#${await L.getAttribute("aria-describedby")}`)).toContainText("1 µm to 20");
    expect(await page.locator("body").innerText()).not.toMatch(/NaN|Infinity/);
  });
});

test.describe("the limit map", () => {
  test("moves j_lim when L changes and the reader's point when Q changes", async ({ page }) => {
    await page.goto("limits/");
    await field(page, /applied current density/).fill("2");
    await expect(form(page).locator("[data-chart][data-draws]")).toBeAttached(); // the runtime has drawn the map
    await expect(map(page)).toHaveAttribute("role", "group");
    const before = await mapGeometry(map(page));
    expect(before.jLimX).toBeGreaterThan(0);
    await field(page, /distance between the electrodes/).fill("675");
    // j_lim falls from 27 to 10.4 mA cm⁻²: its label moves left.
    await expect.poll(async () => (await mapGeometry(map(page))).jLimX).toBeLessThan(before.jLimX - 20);
    await field(page, /areal capacity/).fill("5");
    // Q rises from 1 to 5 mAh cm⁻²: the point moves up.
    await expect.poll(async () => (await mapGeometry(map(page))).ringY).toBeLessThan(before.ringY - 20);
  });

  test("a change of j moves the reader's ring to where a full drawing puts it, keeping the map", async ({ page }) => {
    const chart = form(page).locator("[data-chart]");
    const ring = () => map(page).locator(".calc-marks circle");
    const where = async () => ({
      ...(await ring().evaluate((c) => ({ cx: c.getAttribute("cx"), cy: c.getAttribute("cy"), j: c.getAttribute("data-x"), Q: c.getAttribute("data-y") }))),
      width: await map(page).getAttribute("width"),
    });
    /** The runtime has drawn the chart for the container's present width (no redraw for a new width is due). */
    const settled = () => chart.evaluate((el) => el.dataset.drawnFor === String(el.clientWidth));
    await page.goto("limits/");
    await field(page, /applied current density/).fill("3");
    await expect(ring()).toHaveAttribute("data-x", "3"); // the runtime's first drawing, a full one
    await expect.poll(settled).toBe(true);
    const draws = Number(await chart.getAttribute("data-draws"));
    const drawn = await map(page).elementHandle();
    await field(page, /applied current density/).fill("5");
    await expect(ring()).toHaveAttribute("data-x", "5");
    expect(Number(await chart.getAttribute("data-draws"))).toBeGreaterThan(draws);
    expect(await drawn!.evaluate((svg) => svg.isConnected), "the map was kept, its ring moved").toBe(true);
    const moved = await where();
    expect(moved.Q).toBe("1");
    // The same state from a link: the runtime draws the map anew.
    await page.goto("limits/?limits.j=5");
    await expect(ring()).toHaveAttribute("data-x", "5");
    await expect.poll(settled).toBe(true);
    expect(await where()).toEqual(moved);
  });

  test("a test point names itself on focus and links to its record", async ({ page }) => {
    await page.goto("limits/");
    const points = map(page).getByRole("link");
    expect(await points.count()).toBeGreaterThan(10);
    const point = map(page).getByRole("link", { name: /^Na–Sn\/NaCl from neat SnCl₄: .*5 mA cm⁻², 5 mAh cm⁻²/ });
    await point.focus();
    const tip = form(page).locator(".calc-tip");
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(/5 mA cm⁻², 5 mAh cm⁻², ~?[\d\s]+\sh\b.*; ref\. 8$/);
    await point.click();
    await expect(page).toHaveURL(/\/interphases\/nasn-nacl-sncl4\/#tests$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Na–Sn/NaCl from neat SnCl₄");
  });

  test("the points stay links after the runtime redraws the map", async ({ page }) => {
    await page.goto("limits/?limits.L=25");
    await expect(output(page, "jLim")).toHaveAttribute("data-value", /^2806\./);
    const links = map(page).getByRole("link");
    await expect(links.first()).toHaveAttribute("href", /\/interphases\/[a-z0-9-]+\/#tests$/);
    expect(await links.count()).toBeGreaterThan(10);
  });

  test("tests without a printed areal capacity are counted and listed under the chart", async ({ page }) => {
    await page.goto("limits/");
    const section = page.getByRole("region", { name: "Tests the map cannot place" });
    const text = await section.locator("p").first().innerText();
    const [, placed, total, unplaced] = /(\d+) of the dataset's (\d+) test results are on the map\. The other (\d+)/.exec(text) ?? [];
    expect(Number(placed) + Number(unplaced)).toBe(Number(total));
    expect(await map(page).getByRole("link").count()).toBe(Number(placed));
    await expect(section.getByRole("listitem")).toHaveCount(Number(unplaced));
  });
});

test.describe("in the chapter", () => {
  test("section 2.2 embeds the map alone, and a link reproduces its state there", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    await page.goto(`plating-and-stripping/?${query(STATES.depletion)}#calc-limits`);
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "depletion");
    await expect(form(page).locator(".calc-panel")).toHaveCount(1);
    await form(page).getByRole("button", { name: "Share this calculation" }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe("/plating-and-stripping/");
    expect(copied.hash).toBe("#calc-limits");
    expect(copied.searchParams.get("limits.L")).toBe("675");
  });

  test("a link carrying the map's state opens its fold, and only that fold, even without a fragment", async ({ page }) => {
    await page.goto(`plating-and-stripping/?${query(STATES.depletion)}`);
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "depletion");
    await expect(field(page, /areal capacity/)).toBeVisible();
    await expect(page.locator("#calc-sand-time tr.calc-defaults-result").first(), "the other calculators stay folded").toBeHidden();
  });

  test("section 4's rate window links to the page", async ({ page }) => {
    await page.goto("artificial-interphases/");
    await page.getByRole("link", { name: "fast-charging limits map" }).click();
    await expect(page).toHaveURL(/\/limits\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fast-charging limits");
  });

  test("under the /fcna/ sub-path, record links keep the base", async ({ page }) => {
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}limits/`);
    await expect(map(page).getByRole("link").first()).toHaveAttribute("href", new RegExp(`^${SUBPATH}interphases/`));
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the defaults, the map and its links are there, and the page says what needs script", async ({ page }) => {
    await page.goto("limits/");
    await expect(output(page, "verdict")).toHaveAttribute("data-value", "steady");
    await expectOutputs(page, {});
    await expect(map(page).getByRole("link").first()).toBeVisible();
    // Playwright's text matching skips <noscript>, so the paragraph is read directly.
    const notice = form(page).locator("noscript p");
    await expect(notice).toBeVisible();
    expect(await notice.evaluate((p) => p.textContent)).toContain("JavaScript is off, so this calculator cannot recompute");
    await expect(form(page).locator(".calc-panel")).toHaveCount(3);
  });
});

test.describe("layout and accessibility", () => {
  test("readable at 320 px: the content fits the screen, and the verdict follows the charge inputs", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("limits/");
    // The page's own content; the site header's width is the header's concern.
    const overflow = await page.locator("main").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const verdict = await output(page, "verdict").boundingBox();
    const capacity = await field(page, /areal capacity/).boundingBox();
    const diffusion = await field(page, /salt diffusion coefficient/).boundingBox();
    expect(verdict!.y).toBeGreaterThan(capacity!.y);
    expect(verdict!.y).toBeLessThan(diffusion!.y);
    const input = await field(page, /applied current density/).boundingBox();
    expect(input!.x).toBeGreaterThanOrEqual(0);
    expect(input!.x + input!.width).toBeLessThanOrEqual(320);
    const svg = await map(page).boundingBox();
    expect(svg!.width).toBeLessThanOrEqual(320);
    expect(svg!.width).toBeGreaterThan(250);
    const size = await form(page).locator("label").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe, ${scheme} scheme, after the map is redrawn and a point has focus`, async ({ page }) => {
      test.slow(); // axe over 50 linked points; a11y.spec.ts checks the whole page as built
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`limits/?${query(STATES.depletion)}`);
      await expect(output(page, "verdict")).toHaveAttribute("data-value", "depletion");
      await map(page).getByRole("link").first().focus();
      await expect(form(page).locator(".calc-tip")).toBeVisible();
      // The calculator's top just below the sticky header and place bar, as a reader scrolled to it sees it:
      // a field scrolled under the header would count as an overlapped target.
      await form(page).evaluate((el) => el.scrollIntoView({ block: "start" }));
      await expect(form(page).locator(".calc-tip")).toBeVisible();
      expect(await axeViolations(page, { include: "#calc-limits" })).toEqual([]);
    });
  }
});
