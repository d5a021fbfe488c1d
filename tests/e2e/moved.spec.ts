import { test, expect } from "./support/test";
import { equations } from "../../src/models";
import { problems } from "../../src/problems/load";
import { budget } from "./support/budget";
import { SUBPATH, SUBPATH_ORIGIN } from "../../playwright.config";

// Section 2's subsections left /failure-mechanisms/ for pages of their own (2.1 native-sei, 2.2
// plating-and-stripping, 2.3 gas-generation). Links in the wild still name the old page: it sends them on.

const SPLIT = ["native-sei", "plating-and-stripping", "gas-generation"];
const moved = equations.filter((d) => SPLIT.includes(d.chapter));

test.describe("old addresses of section 2, with scripts", () => {
  test("an equation's old anchor lands on the equation on its new page", async ({ page }) => {
    await page.goto("failure-mechanisms/#eq-sand-time");
    await expect(page).toHaveURL(/\/plating-and-stripping\/#eq-sand-time$/);
    await expect(page.locator("#eq-sand-time")).toBeInViewport();
  });

  test("the forward runs in the old page's <head>, before it paints, needing none of its module scripts", async ({ page }) => {
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.goto("failure-mechanisms/?sand-time.j=10#eq-6", { waitUntil: "commit" });
    await expect(page).toHaveURL(/\/plating-and-stripping\/\?sand-time\.j=10#eq-6$/);
    await expect(page.locator("#eq-sand-time")).toBeInViewport();
  });

  test("a calculator link forwards with its query", async ({ page }) => {
    await page.goto("failure-mechanisms/?sand-time.j=10&sand-time.D=2e-6#eq-sand-time");
    await expect(page).toHaveURL(/\/plating-and-stripping\/\?sand-time\.j=10&sand-time\.D=2e-6#eq-sand-time$/);
    await expect(page.locator("#calc-sand-time").getByRole("textbox", { name: /applied current density/ })).toHaveValue("10");
  });

  test("a calculator's query alone picks the page", async ({ page }) => {
    await page.goto("failure-mechanisms/?creep.sigma=1");
    await expect(page).toHaveURL(/\/native-sei\/\?creep\.sigma=1$/);
  });

  test("numbers, sections, headings, figures, the limits map, problems and references are forwarded too", async ({ page }) => {
    const cases: [string, RegExp][] = [
      ["#eq-5", /\/plating-and-stripping\/#eq-5$/],
      ["#sec-2-2", /\/plating-and-stripping\/#sec-2-2$/],
      ["#current-funnelling", /\/native-sei\/#current-funnelling$/],
      ["#fig-4c", /\/gas-generation\/#fig-4c$/],
      ["#calc-limits", /\/plating-and-stripping\/#calc-limits$/],
      ["#problem-tafel-fast", /\/equations\/tafel\/#problem-tafel-fast$/],
      // A reference goes to the first new page citing it (ref. 57 only in 2.2, ref. 40 in 2.1 and 2.2); one the
      // old page still cites (ref. 24) stays there.
      ["#ref-57", /\/plating-and-stripping\/#ref-57$/],
      ["#ref-40", /\/native-sei\/#ref-40$/],
      ["#ref-24", /\/failure-mechanisms\/#ref-24$/],
    ];
    budget({ visits: cases.length });
    for (const [hash, to] of cases) {
      await page.goto(`failure-mechanisms/${hash}`);
      await expect(page).toHaveURL(to);
      await expect(page.locator(hash)).toHaveCount(1);
    }
  });

  test("the page's own addresses stay", async ({ page }) => {
    for (const path of ["failure-mechanisms/", "failure-mechanisms/#sec-2", "failure-mechanisms/?q=1#references"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Failure mechanisms");
      expect(new URL(page.url()).pathname).toBe("/failure-mechanisms/");
    }
  });

  test("under a sub-path, the forward keeps the base", async ({ page }) => {
    await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}failure-mechanisms/?creep.T=300#eq-creep`);
    await expect(page).toHaveURL(`${SUBPATH_ORIGIN}${SUBPATH}native-sei/?creep.T=300#eq-creep`);
    await expect(page.locator("#eq-creep")).toBeInViewport();
  });
});

test.describe("old addresses of section 2, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an old anchor lands on its entry under “Where things moved”, whose link goes to the new page", async ({ page }) => {
    await page.goto("failure-mechanisms/#eq-sand-time");
    const entry = page.locator("#eq-sand-time");
    await expect(entry).toBeInViewport();
    const link = entry.getByRole("link");
    await expect(link).toHaveAttribute("href", "/plating-and-stripping/#eq-sand-time");
    await link.click();
    await expect(page).toHaveURL(/\/plating-and-stripping\/#eq-sand-time$/);
    await expect(page.locator("#eq-sand-time")).toBeInViewport();
  });

  test("every moved equation, calculator, section and problem has its entry, once", async ({ page }) => {
    await page.goto("failure-mechanisms/");
    const list = page.locator("details.moved");
    await expect(list.locator("summary")).toHaveText("Where things moved");
    const ids = [
      ...moved.flatMap((d) => [`eq-${d.slug}`, `calc-${d.slug}`, ...(d.number ? [`eq-${d.number}`] : [])]),
      ...problems().filter((p) => moved.includes(p.def)).map((p) => `problem-${p.problem.id}`),
      "sec-2-1", "sec-2-2", "sec-2-3", "calc-limits",
    ];
    expect(moved.length).toBe(10);
    for (const id of ids) {
      await expect(page.locator(`#${id}`), id).toHaveCount(1);
      await expect(list.locator(`#${id}`), id).toHaveCount(1);
    }
  });
});
