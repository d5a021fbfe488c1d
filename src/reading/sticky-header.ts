/**
 * Browser side: keeps `--header-bottom` (global.css) at the sticky header's real height. Everything placed below
 * the header reads it: the phone place bar's sticky top, the scroll padding that lands anchors below header and bar,
 * the sidebar's and the filter panel's sticky tops. global.css starts it at the header's design height for each
 * width (`--header-h`), which holds while the header has the rows it was designed with. On a phone the four section
 * links take a second row when the font is wider than designed for (DejaVu Sans at 320 px) or the reader has chosen
 * larger text, and the header grows by that row: with the design height the place bar then stuck 24 px under the
 * header, and an anchor followed at 320 px had its first line under it.
 *
 * Placed by Base.astro as an inline script right after the header (layouts/parts/InlineScript.astro), so the first
 * frame already has the measured height; without script the design heights stand.
 */
export function trackHeaderHeight(): void {
  const header = document.querySelector<HTMLElement>(".site-header");
  if (!header) return;
  const root = document.documentElement.style;
  const set = (height: number) => {
    if (!(height > 0)) return; // not laid out (display: none in print)
    const value = `${Math.ceil(height)}px`;
    if (root.getPropertyValue("--header-bottom") !== value) root.setProperty("--header-bottom", value);
  };
  // Once now, while only the header is parsed, so laying it out costs little: a page opened at an anchor (a shared
  // #eq-… link) is scrolled there before any later measurement, and Chromium does not scroll it again after one.
  set(header.getBoundingClientRect().height);
  // Then whenever it changes (rotation, larger text): measured after the browser's own layout, at no extra cost.
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(([entry]) => set(entry?.borderBoxSize?.[0]?.blockSize ?? header.getBoundingClientRect().height)).observe(header);
  }
}

/** The code above as the text of one self-contained inline script. */
export const STICKY_HEADER_SCRIPT = `(${trackHeaderHeight})()`;
