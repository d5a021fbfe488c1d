import { expect, type Locator, type Page } from "@playwright/test";

/** Where what sticks to the top of the screen ends: the site header and, below the sidebar's width, the place bar. */
export function stickyBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bottoms = [document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0];
    const bar = document.querySelector(".toc");
    if (bar && matchMedia("(width < 68rem)").matches) bottoms.push(bar.getBoundingClientRect().bottom);
    return Math.max(...bottoms);
  });
}

/**
 * Once scrolling has come to rest, the element is in the viewport and starts below everything that sticks to the
 * top of the screen: the site header and, on chapter pages below the sidebar's width, the place bar.
 */
export async function expectUnobscured(target: Locator) {
  const page = target.page();
  let last: number | undefined;
  await expect
    .poll(
      async () => {
        const top = (await target.boundingBox())?.y;
        const [chrome, height] = await Promise.all([stickyBottom(page), page.evaluate(() => innerHeight)]);
        const atRest = top !== undefined && top === last;
        last = top;
        return { atRest, below: top !== undefined && top >= chrome - 1, inView: top !== undefined && top < height, top, chrome };
      },
      { message: "comes to rest in view, below the sticky header and bar", timeout: 20_000, intervals: [100, 250, 500] },
    )
    .toMatchObject({ atRest: true, below: true, inView: true });
}

/**
 * Clicks where the element is on screen, as a finger or mouse would. Playwright's own click first scrolls the
 * element "into view", which for the sticky place bar and its panel scrolls the page to where they would sit
 * without stickiness.
 */
export async function clickInPlace(target: Locator) {
  await expect(target).toBeInViewport();
  const box = (await target.boundingBox())!;
  await target.page().mouse.click(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
}
