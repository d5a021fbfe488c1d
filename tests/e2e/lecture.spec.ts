import { test, expect } from "./support/test";
import { getEquation } from "../../src/models";
import { formatForInput } from "../../src/lib/format";
import { axeBothSchemes } from "./support/axe";

// The lecture view of an equation page: Present (or P) fills the screen with the equation, its calculator and
// chart in large type; the number keys apply presets; Escape leaves.

test.describe.configure({ timeout: 90_000 }); // a shared machine: the calculator code loads on demand
const LOADED = { timeout: 20_000 };
const slug = "sand-time";
const presets = getEquation(slug).calculator.presets;

test("P presents (axe-clean in both themes), the number keys apply presets, Escape leaves and gives focus back", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`equations/${slug}/`);
  const figure = page.locator(`figure#eq-${slug}`);
  const present = page.getByRole("button", { name: "Present", exact: true });
  await expect(present).toBeVisible();
  const before = await figure.locator(".eq-math").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  await page.keyboard.press("p");
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(page.getByRole("button", { name: "Leave presentation" })).toBeVisible();
  const box = (await figure.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 1);
  const after = await figure.locator(".eq-math").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.5);
  // Each chart panel shows one of its drawings (one is built per width; the view's width picks it).
  const panels = await figure.locator(".calc-panel").count();
  expect(panels).toBeGreaterThan(0);
  await expect(figure.locator(".calc-panel svg.calc-svg:visible")).toHaveCount(panels);
  // The view's own colours and sizes, in both themes (the page itself is scanned by a11y.spec.ts).
  const { light, dark } = await axeBothSchemes(page, { background: `figure#eq-${slug}` });
  expect.soft(light, "light").toEqual([]);
  expect.soft(dark, "dark").toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  // Everything else is out of reach while presenting.
  await expect(page.locator("header.site-header")).toHaveAttribute("inert", "");

  // Key 2 = the second preset, exactly as clicking it.
  const [name, value] = Object.entries(presets[1]!.values)[0]!;
  const field = figure.locator(`input[name="${name}"]`);
  const output = figure.locator('output[name="t"]');
  const initial = await output.getAttribute("data-value");
  await page.keyboard.press("2");
  await expect(field).toHaveValue(formatForInput(value), LOADED);
  await expect(output).not.toHaveAttribute("data-value", initial!, LOADED);

  // Typing a digit into a field types it; it does not switch presets.
  await field.fill("");
  await field.press("3");
  await expect(field).toHaveValue("3");
  await expect(page.locator("html")).toHaveClass(/presenting/);

  await page.keyboard.press("Escape");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);
  await expect(page.locator("header.site-header")).not.toHaveAttribute("inert", "");
  await expect(page.getByRole("button", { name: "Leave presentation" })).toBeHidden();
});

test("the Present button and the Leave button work by keyboard; P in a text field does nothing", async ({ page }) => {
  await page.goto(`equations/${slug}/`);
  const figure = page.locator(`figure#eq-${slug}`);
  await figure.locator('input[name="j"]').fill("");
  await figure.locator('input[name="j"]').press("p");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);

  const present = page.getByRole("button", { name: "Present", exact: true });
  await present.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(figure).toBeFocused();
  await page.getByRole("button", { name: "Leave presentation" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).not.toHaveClass(/presenting/);
  await expect(present).toBeFocused();
});
