/**
 * The script that ends every page but the embeds: once the page is parsed, and before its first frame, it measures
 * the sticky header (sticky-header.ts) and fits each display formula to its column (fit-formulas.ts). Their first
 * reads lay out the whole page once, which that frame needs done anyway; then each follows later changes from a
 * ResizeObserver, reading sizes only after the browser's own layouts.
 *
 * One file, served at /page-end.js (src/pages/page-end.js.ts) and named with a hash of its text, rather than inline
 * code on each page: every page shares the same cached copy, and the CSP allows it as the site's own script ('self')
 * instead of by two more hashes. It is a classic script, which the parser runs where it stands, not a module (those
 * start after the first paint: after-paint.ts). Base.astro places it just before the element that releases the
 * first frame (`#page-end`), so that frame is drawn with its measurements. Lighthouse's simulated first paint counts
 * a render-blocking script's task and leaves out a later layout task, so this layout is counted where it happens,
 * before the first paint, instead of as blocking time after it (src/reading/README.md, "One layout before the first
 * frame").
 */
import { trackHeaderHeight } from "./sticky-header";
import { FIT_FORMULAS_SCRIPT } from "./fit-formulas";
import { createHash } from "node:crypto";

/** The script's text: the header measured first, then the formulas fitted by the same text an embed inlines. */
export const PAGE_END_SCRIPT = `(${trackHeaderHeight})();\n${FIT_FORMULAS_SCRIPT}\n`;

/** Its address under the site's base: a new text is a new address, so a cached copy is never stale. */
export const PAGE_END_PATH = `page-end.js?v=${createHash("sha256").update(PAGE_END_SCRIPT).digest("hex").slice(0, 10)}`;
