// subset-font and fontverter ship no types; these declare the calls the build (src/reading/math-fonts-integration.ts)
// and its test make.
declare module "subset-font" {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2" | "truetype" },
  ): Promise<Buffer>;
}
declare module "fontverter" {
  export function convert(font: Uint8Array, format: "sfnt" | "woff" | "woff2" | "truetype"): Promise<Buffer>;
}
