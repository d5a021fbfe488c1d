// The few parts of two build-time packages without type declarations that src/sharing/card-render.ts uses.
declare module "@mathjax/src" {
  const MathJax: { init(options: object): Promise<unknown> };
  export default MathJax;
}

declare module "opentype.js" {
  export interface Font {
    getAdvanceWidth(text: string, fontSize: number): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
