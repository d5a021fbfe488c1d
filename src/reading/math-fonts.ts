/**
 * Build side: the KaTeX fonts cut down to the characters the site's formulas draw.
 *
 * KaTeX ships each font whole (KaTeX_Main-Regular.woff2 is 26 kB: Latin, Greek, accents and some hundred symbols)
 * and its stylesheet asks for them with `font-display: block`, so a formula stays invisible until its fonts have
 * arrived. The site's formulas use some eighty characters. `mathCharacters` reads them from a built page (the text
 * of every `.katex-html`, the part a reader sees; the MathML beside it is for screen readers and clipped to a pixel),
 * and the integration (`math-fonts-integration.ts`) subsets every KaTeX woff2 to what all pages use. Every build
 * reads its own pages, so a formula added tomorrow brings its characters with it; no script draws formulas in the
 * browser (KaTeX runs at build time only), and the end-to-end test tests/e2e/math-fonts.spec.ts checks every
 * character every built page draws against the font that draws it.
 *
 * A font whose content changes gets a new name (`renamed`), and so does every stylesheet that names it: a browser
 * or the service worker holding yesterday's stylesheet must not be handed today's smaller font under the same name.
 */
import { parseHTML } from "linkedom";
import { shortHash } from "../lib/built-pages";

/** Kept whatever the pages use: digits and parentheses, which KaTeX's stylesheet itself writes for `\\tag` numbers. */
export const ALWAYS_KEPT = "()0123456789";

/** Every character drawn by the formulas of one page: the text of each `<span class="katex-html">`. */
export function mathCharacters(html: string): Set<string> {
  const found = new Set<string>();
  if (!html.includes("katex-html")) return found;
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(".katex-html")) for (const c of el.textContent ?? "") found.add(c);
  return found;
}

/** The characters to keep: those the pages draw and ALWAYS_KEPT, sorted, without line breaks or tabs. */
export function keptCharacters(pages: Iterable<Set<string>>): string {
  const all = new Set(ALWAYS_KEPT);
  for (const page of pages) for (const c of page) if (!/[\n\r\t]/.test(c)) all.add(c);
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join("");
}

/**
 * A built asset's name for new content: `KaTeX_Main-Regular.B22Nviop.woff2` → `KaTeX_Main-Regular.<hash>.woff2`.
 * Throws for a name without the eight-character hash Vite writes, which this step would otherwise rename wrongly.
 */
export function renamed(file: string, content: Uint8Array | string): string {
  const m = /^(.+)\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/.exec(file);
  if (!m) throw new Error(`${file} is not a hashed asset name`);
  return `${m[1]}.${shortHash(content)}${m[2]}`;
}
