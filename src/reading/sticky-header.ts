/**
 * Browser side: keeps `--header-bottom` (global.css) at the sticky header's real height. Everything placed below
 * the header reads it: the phone place bar's sticky top, the scroll padding that lands anchors below header and bar,
 * the sidebar's and the filter panel's sticky tops. global.css starts it at the header's design height for each
 * width (`--header-h`), which holds while the header has the rows it was designed with. On a phone the four section
 * links take a second row when the font is wider than designed for (DejaVu Sans at 320 px) or the reader has chosen
 * larger text, and the header grows by that row: with the design height the place bar then stuck 24 px under the
 * header, and an anchor followed at 320 px had its first line under it.
 *
 * Part of the script that ends every page (page-end.ts), which runs once the page is parsed and before its first
 * frame: the first measurement is the one layout that frame needs anyway (src/reading/README.md, "One layout before
 * the first frame"). A ResizeObserver follows later changes (rotation, larger text). When the measured height
 * differs from the design height, a page opened at an anchor (a shared #eq-… link) is scrolled to it again in its
 * first frame, as Chromium scrolls to a fragment once. Without script the design heights stand.
 */
export function trackHeaderHeight(): void {
  const header = document.querySelector<HTMLElement>(".site-header");
  if (!header) return;
  const root = document.documentElement.style;
  /** Sets the height when it changed; whether it did. */
  const apply = (height: number): boolean => {
    if (!(height > 0)) return false; // not laid out (display: none in print)
    const value = `${Math.ceil(height)}px`;
    if (root.getPropertyValue("--header-bottom") === value) return false;
    // At its design height (its min-height) global.css already has it right; setting the property on the root
    // anyway would restyle every element of the page before its first frame (about 100 ms on a long chapter here).
    if (!root.getPropertyValue("--header-bottom") && value === `${Math.ceil(parseFloat(getComputedStyle(header).minHeight))}px`) return false;
    root.setProperty("--header-bottom", value);
    return true;
  };
  let landing = apply(header.getBoundingClientRect().height) && location.hash !== "";
  if (typeof ResizeObserver !== "function") return;
  new ResizeObserver(([entry]) => {
    apply(entry?.borderBoxSize?.[0]?.blockSize ?? header.getBoundingClientRect().height);
    if (!landing) return;
    landing = false;
    let target: Element | null = null;
    try {
      target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // a malformed fragment names nothing
    }
    target?.scrollIntoView();
  }).observe(header);
}
