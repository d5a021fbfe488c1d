import katex from "katex";

/** Renders TeX to HTML + MathML at build time; bad TeX throws, so it fails the build instead of printing red text. */
export function renderTex(tex: string, displayMode = true): string {
  return katex.renderToString(tex, { displayMode, output: "htmlAndMathml", throwOnError: true, strict: "ignore" });
}
