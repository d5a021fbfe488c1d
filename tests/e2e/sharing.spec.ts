import { test, expect, type Page } from "@playwright/test";
import { getEquation } from "../../src/models";

const tafel = getEquation("tafel");

/** The equation's copy menu button ("Copy: eqn (…)"). */
const menuButton = (page: Page, slug: string) => page.locator(`#eq-${slug}`).getByRole("button", { name: /^Copy: / });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe("copy menu", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("opens with the mouse, copies LaTeX, says what it copied and closes", async ({ page }) => {
    await page.goto("failure-mechanisms/");
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
    await page.goto("failure-mechanisms/");
    const eq = page.locator("#eq-tafel");
    const button = menuButton(page, "tafel");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(eq.getByRole("button", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(eq.getByRole("button", { name: "Copy LaTeX" })).toBeFocused();
    await page.keyboard.press("ArrowDown"); // wraps round to the first entry
    await expect(eq.getByRole("button", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();

    await page.keyboard.press("ArrowDown"); // opens onto the first entry
    await expect(eq.getByRole("button", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("Enter");
    expect(await clipboard(page)).toMatch(/^http:\/\/localhost:\d+\/failure-mechanisms\/#eq-tafel$/);
    await expect(eq.locator("copy-menu").getByRole("status")).toHaveText("Link copied");
  });

  test("closes when the reader clicks elsewhere or tabs away", async ({ page }) => {
    await page.goto("failure-mechanisms/");
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
    await page.goto("failure-mechanisms/");
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
});
