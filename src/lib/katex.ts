import katex from "katex";

/**
 * Renders TeX at build time; bad TeX throws, so it fails the build instead of printing red text.
 * `htmlAndMathml` (default) draws with KaTeX's fonts and keeps MathML for screen readers; `mathml` alone is a
 * tenth of the markup and is used where a formula is repeated, such as hover previews.
 */
export function renderTex(tex: string, displayMode = true, output: "htmlAndMathml" | "mathml" = "htmlAndMathml"): string {
  return katex.renderToString(tex, { displayMode, output, throwOnError: true, strict: "ignore" });
}
