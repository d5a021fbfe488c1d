/**
 * Browser side: scales each display formula that is wider than its column down to fit (WCAG 1.4.10), and back up
 * when the column grows. A transform changes no layout, so nothing on the page shifts. Without script the
 * formula scrolls inside its own box (global.css).
 *
 * It runs as a classic script at the end of <body>, not as a module: the page's modules start after its first paint
 * (after-paint.ts), and a formula on a phone must be fitted in that first paint, not scrolled and then scaled. Pages
 * load it within page-end.ts's script; an embed, which holds back no frame, inlines FIT_FORMULAS_SCRIPT.
 */

/** Width of a formula's content, from its rows of glyphs (the .katex-html block itself spans the column). */
function naturalWidth(display: HTMLElement): number {
  let left = Infinity;
  let right = 0;
  for (const base of display.querySelectorAll<HTMLElement>(".katex-html > .base")) {
    left = Math.min(left, base.offsetLeft);
    right = Math.max(right, base.offsetLeft + base.offsetWidth);
  }
  return right > left ? right - left : 0;
}

/** The scale that fits a formula of this width into this column, 1 when it fits already. */
export function fitScale(natural: number, column: number): number {
  if (!Number.isFinite(natural) || !Number.isFinite(column) || natural <= 0 || column <= 0) return 1;
  return Math.min(1, Math.floor((column / natural) * 1000) / 1000);
}

/**
 * Measures every formula first, then scales them: a write between two reads would make the browser lay the whole
 * page out again for the next read, once per formula (on a long chapter at phone width, most of them). Only a
 * scale that changed is written: fitting runs again when each font arrives, and an unchanged formula then costs
 * no new layout.
 */
function fit(displays: readonly HTMLElement[]): void {
  const scales = displays.map((d) => fitScale(naturalWidth(d), d.clientWidth));
  displays.forEach((display, i) => {
    const scale = scales[i]!;
    if (scale < 1) {
      if (display.style.getPropertyValue("--fit") !== String(scale)) display.style.setProperty("--fit", String(scale));
      if (!("fit" in display.dataset)) display.dataset.fit = "";
    } else if ("fit" in display.dataset) {
      delete display.dataset.fit;
    }
  });
}

export function fitFormulas(): void {
  const displays = [...document.querySelectorAll<HTMLElement>(".katex-display")];
  if (!displays.length) return;
  // Run once the page is parsed, so this first measurement is the layout the first frame needs anyway. Later ones
  // come in the observer's callback, which the browser runs after its own layout of each frame: reading sizes there
  // costs nothing, where reading them from an event would force a layout of the whole page.
  fit(displays);
  const observer = new ResizeObserver((entries) => fit(entries.map((e) => e.target as HTMLElement)));
  const observe = () => {
    for (const d of displays) {
      observer.unobserve(d);
      observer.observe(d);
    }
  };
  observe();
  // KaTeX's fonts can arrive after the first measurement and change every glyph's width, not the column's. Observing
  // again asks for a fresh measurement after the next layout. Every font load in flight or started later ends in a
  // `loadingdone` event, and a font loaded before this runs is already in the first measurement. Not `fonts.ready`:
  // Chromium lays out the whole page to answer it (220–250 ms at the end of /plating-and-stripping/'s parse, unthrottled).
  document.fonts?.addEventListener?.("loadingdone", observe);
}

/**
 * The code above as the text of one self-contained script (each function's own source, as built) that fits the
 * formulas parsed before it.
 */
export const FIT_FORMULAS_SCRIPT = `(()=>{${[naturalWidth, fitScale, fit].join("\n")}\n(${fitFormulas})()})()`;
