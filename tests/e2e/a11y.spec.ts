import { test, expect } from "@playwright/test";
import { builtPages } from "./support/site";
import { axeViolations } from "./support/axe";

// axe-core, WCAG 2.2 AA, on every page of the built site in both colour schemes. One load per page: the colours
// come from light-dark() and follow the emulated scheme at once, so the dark scan needs no reload.
for (const path of builtPages("dist")) {
  test(`axe, light and dark: /${path}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect.soft(await axeViolations(page), "light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(background).not.toBe(light);
    expect(await axeViolations(page), "dark").toEqual([]);
  });
}
