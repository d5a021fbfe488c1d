/**
 * Browser side: keeps `--header-bottom` (global.css) at the sticky header's real height. Everything placed below
 * the header reads it: the phone place bar's sticky top, the scroll padding that lands anchors below header and bar,
 * the sidebar's and the filter panel's sticky tops. global.css starts it at the header's design height for each
 * width (`--header-h`), which holds while the header has the rows it was designed with. On a phone the four section
 * links take a second row when the font is wider than designed for (DejaVu Sans at 320 px) or the reader has chosen
 * larger text, and the header grows by that row: with the design height the place bar then stuck 24 px under the
 * header, and an anchor followed at 320 px had its first line under it.
 *
 * Placed by Base.astro as an inline script right after the header (layouts/parts/InlineScript.astro). It measures
 * nothing while the page is parsed: a read there would lay the parsed part out in a task of its own, before the page's
 * first frame (src/reading/README.md, "One layout before the first frame"). The first measurement comes from the
 * ResizeObserver, after the browser's own layout of that frame and before its paint; when it differs from the design
 * height, a page opened at an anchor (a shared #eq-… link) is scrolled to it again with the measured height, since
 * Chromium scrolls to a fragment once and not again after the padding changes. Without script the design heights stand.
 */
export function trackHeaderHeight(): void {
  const header = document.querySelector<HTMLElement>(".site-header");
  if (!header || typeof ResizeObserver !== "function") return;
  const root = document.documentElement.style;
  let first = true;
  new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize?.[0]?.blockSize ?? header.getBoundingClientRect().height;
    const landing = first;
    first = false;
    if (!(height > 0)) return; // not laid out (display: none in print)
    const value = `${Math.ceil(height)}px`;
    if (root.getPropertyValue("--header-bottom") === value) return;
    // At its design height (its min-height) global.css already has it right; setting the property on the root
    // anyway would restyle every element of the page in that first frame (about 100 ms on a long chapter here).
    if (!root.getPropertyValue("--header-bottom") && value === `${Math.ceil(parseFloat(getComputedStyle(header).minHeight))}px`) return;
    root.setProperty("--header-bottom", value);
    if (!landing || !location.hash) return;
    let target: Element | null = null;
    try {
      target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // a malformed fragment names nothing
    }
    target?.scrollIntoView();
  }).observe(header);
}

/** The code above as the text of one self-contained inline script. */
export const STICKY_HEADER_SCRIPT = `(${trackHeaderHeight})()`;
