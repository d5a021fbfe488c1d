import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The rem sizes of the type scale (src/styles/global.css, at --font-mono), headings and the lecture view included. */
const SCALE = new Set([0.8, 0.9, 1, 1.0625, 1.15, 1.25, 1.4, 1.45, 1.6, 1.8]);
const WEIGHTS = new Set([400, 600, 700]);

/** Every stylesheet and every .astro file (their <style> blocks) under the folders that style pages. */
function styleSources(): { file: string; text: string }[] {
  return ["src", "components"].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".css") || f.endsWith(".astro"))
      .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), "utf8") })),
  );
}

/** Each `font-size:` or `font:` value with a rem size outside clamp()/calc()/min()/max() (fluid sizes are the headings'). */
function remSizes(css: string): number[] {
  const sizes: number[] = [];
  for (const [, prop, value] of css.matchAll(/\b(font-size|font)\s*:\s*([^;}"]*)/g)) {
    if (/\b(?:clamp|calc|min|max)\(/.test(value!)) continue;
    const found = [...value!.matchAll(/(?<![\w.-])(\d*\.?\d+)rem\b/g)].map((m) => Number(m[1]));
    // In the shorthand only the first rem is the size (a rem after "/" is the line height).
    sizes.push(...(prop === "font" ? found.slice(0, 1) : found));
  }
  return sizes;
}

describe("type scale", () => {
  it("reads sizes from longhand and shorthand, and skips fluid ones", () => {
    expect(remSizes(".a { font-size: 0.9rem; } .b { font: 600 0.8rem/1.3rem var(--font-ui); }")).toEqual([0.9, 0.8]);
    expect(remSizes("h1 { font-size: clamp(1.6rem, 1.2rem + 2vw, 2.25rem); }")).toEqual([]);
  });

  it("every font size the site sets in rem is on the scale", () => {
    const off = styleSources().flatMap(({ file, text }) => remSizes(text).filter((s) => !SCALE.has(s)).map((s) => `${file}: ${s}rem`));
    expect(off).toEqual([]);
  });

  it("every font weight is 400, 600 or 700", () => {
    const off = styleSources().flatMap(({ file, text }) =>
      [...text.matchAll(/\bfont-weight\s*:\s*(\d{3})\b|\bfont\s*:\s*(\d{3})\b/g)]
        .map((m) => Number(m[1] ?? m[2]))
        .filter((w) => !WEIGHTS.has(w))
        .map((w) => `${file}: ${w}`),
    );
    expect(off).toEqual([]);
  });
});
