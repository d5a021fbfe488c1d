/**
 * Build side: every page's own scripts start after its first paint, and the math fonts it needs start with the page.
 *
 * Astro writes one `<script type="module" src>` for each component script a page uses (a chapter has eight to
 * ten). The browser fetches and runs them all before it first paints a short page, so a reader on a slow phone
 * waits for the search box, the theme picker, the copy menus and the calculators before seeing any text, although
 * the page reads without any of them (what they add is laid out from the first frame: global.css, data-enhance).
 * Measured with Lighthouse's mobile preset on /outlook/: first paint 1.35 s with them up front, 1.06 s without.
 *
 * `afterFirstPaint` moves the page's module scripts into one small inline loader at the end of <body> that imports
 * them once the browser reports the first contentful paint, and allows the loader in the page's CSP <meta>.
 * `preloadMathFonts` asks for the KaTeX fonts the page's formulas use from the <head>, next to the stylesheet,
 * instead of after the stylesheet has arrived and the page has been laid out, and has them decoded before the page's
 * first layout (FONT_STARTER).
 */
import { cspHash } from "../lib/csp-hash";

/**
 * The loader, the same text on every page (so one CSP hash allows it everywhere). It reads its list from its own
 * data-modules attribute. Without the Paint Timing API it waits for the load event instead. Once every script it
 * started has run (or failed to arrive: offline, a page older than the deploy), it marks <html data-scripts="ready">:
 * the state a test, or anything else that needs the page's behaviour, waits on, since `load` no longer implies it.
 */
export const LOADER =
  '(()=>{const list=document.currentScript.dataset.modules.split(" ");let started=false;' +
  "const start=()=>{if(started)return;started=true;" +
  'Promise.allSettled(list.map((src)=>import(src))).then(()=>{document.documentElement.dataset.scripts="ready"})};' +
  'if(self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes&&PerformanceObserver.supportedEntryTypes.includes("paint")){' +
  'new PerformanceObserver((entries,observer)=>{if(entries.getEntriesByName("first-contentful-paint").length){observer.disconnect();start()}}).observe({type:"paint",buffered:true})' +
  '}else addEventListener("load",start)})()';

/** The loader's CSP source. */
export const LOADER_HASH = `'${cspHash(LOADER)}'`;

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const CSP_SCRIPT_SRC = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src )/i;

/**
 * `html` with its external module scripts replaced by the loader, in document order, and the loader's hash added
 * to the CSP <meta>'s script-src. A page without module scripts comes back unchanged. Throws when a page with
 * module scripts has no CSP script-src to allow the loader in (it would not run).
 */
export function afterFirstPaint(html: string): string {
  const sources = [...new Set([...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!))];
  if (!sources.length) return html;
  requirePolicy(html, "a page with module scripts has no CSP script-src for their loader");
  // Astro writes a layout's own script after </html> (where the parser puts it at the end of <body>): all go.
  const rest = html.replace(MODULE_SCRIPT, "");
  const end = rest.lastIndexOf("</body>");
  if (end < 0) throw new Error("the page has no </body>");
  const loader = `<script data-modules="${sources.join(" ")}">${LOADER}</script>`;
  return allow(rest.slice(0, end) + loader + rest.slice(end), LOADER_HASH);
}

/** Throws `message` when the page has no CSP script-src to allow an added inline script in (it would not run). */
function requirePolicy(html: string, message: string): void {
  if (!CSP_SCRIPT_SRC.test(html)) throw new Error(message);
}

/** `html` with `hash` added to its CSP <meta>'s script-src (after requirePolicy has found one). */
function allow(html: string, hash: string): string {
  return html.replace(CSP_SCRIPT_SRC, `$1${hash} `);
}

/**
 * The KaTeX fonts a page's formulas make the browser load, each with the classes KaTeX writes that call for it (its
 * stylesheet gives those classes the family): upright wherever a formula is, italic for a symbol in math italic,
 * and the four sizes of large delimiters and operators. Checked against what Chromium fetched on every built page:
 * the same set on all of them.
 */
export const MATH_FONTS: readonly { font: string; needed: (html: string) => boolean }[] = [
  { font: "Main-Regular", needed: () => true },
  { font: "Math-Italic", needed: (html) => html.includes("mathnormal") },
  { font: "Size1-Regular", needed: (html) => /\bdelimsizing size1\b|\bop-symbol small-op\b/.test(html) },
  { font: "Size2-Regular", needed: (html) => /\bdelimsizing size2\b|\bop-symbol large-op\b/.test(html) },
  { font: "Size3-Regular", needed: (html) => /\bdelimsizing size3\b/.test(html) },
  { font: "Size4-Regular", needed: (html) => /\bdelimsizing size4\b/.test(html) },
];

/**
 * Turns each preloaded KaTeX font into a loaded face (the same text on every page, allowed by one CSP hash). A
 * preload only fetches the file: Chromium decodes a face when the first layout asks for it, and that layout finishes
 * without it, so every formula was laid out a second time a moment later, after the first paint (20–40 ms on a long
 * chapter here). Asked for from the end of <head>, once the stylesheet naming the faces is in, they are ready long
 * before the page's one layout (Base.astro holds the first frame until the page is parsed).
 */
export const FONT_STARTER =
  'for(const l of document.querySelectorAll("link[rel=preload][as=font]")){const m=/KaTeX_(\\w+)-(\\w+)\\./.exec(l.href);' +
  'if(m)document.fonts.load((m[2].includes("Italic")?"italic ":"")+(m[2].includes("Bold")?"bold ":"")+"1em KaTeX_"+m[1]).catch(()=>{})}';

/** The font starter's CSP source. */
export const FONT_STARTER_HASH = `'${cspHash(FONT_STARTER)}'`;

/**
 * `html` with <link rel="preload"> for each KaTeX font its formulas need (MATH_FONTS), placed before its first
 * stylesheet: they start with the stylesheet instead of after it has arrived and the page has been laid out; and
 * with FONT_STARTER at the end of <head>, allowed in the CSP <meta>.
 * `fonts` maps each font's name ("Main-Regular") to its built file's address (with the base path).
 */
export function preloadMathFonts(html: string, fonts: Readonly<Record<string, string>>): string {
  if (!html.includes('class="katex"')) return html;
  const at = html.indexOf('<link rel="stylesheet"');
  const end = html.indexOf("</head>");
  if (at < 0 || end < at) return html;
  requirePolicy(html, "a page with formulas has no CSP script-src for its font starter");
  const links = MATH_FONTS.filter((f) => f.needed(html)).map(({ font }) => {
    const href = fonts[font];
    if (!href) throw new Error(`KaTeX_${font} is not among the built fonts`);
    return `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`;
  });
  return allow(html.slice(0, at) + links.join("") + html.slice(at, end) + `<script>${FONT_STARTER}</script>` + html.slice(end), FONT_STARTER_HASH);
}
