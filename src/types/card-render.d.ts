// The few parts of two build-time packages without type declarations that src/sharing/card-render.ts uses (and, of
// opentype.js, the character map that tests/e2e/math-fonts.spec.ts reads).
declare module "@mathjax/src" {
  const MathJax: { init(options: object): Promise<unknown> };
  export default MathJax;
}

declare module "opentype.js" {
  export interface Font {
    getAdvanceWidth(text: string, fontSize: number): number;
    tables: { cmap: { glyphIndexMap: Record<string, number> } };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
