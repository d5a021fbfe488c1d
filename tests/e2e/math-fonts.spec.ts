import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import opentype from "opentype.js";
import { convert } from "fontverter";
import { test, expect } from "./support/test";
import { builtHtml, builtPages } from "./support/site";

/*
 * The build cuts KaTeX's fonts down to the characters the formulas draw (src/reading/math-fonts.ts). Here, read
 * by code of its own (the fonts' character maps read with opentype.js, not HarfBuzz; the pages parsed here again):
 * whatever character any built page draws in a formula, each built font has it if KaTeX's own copy of that font
 * has it. So no formula falls back to another typeface for a glyph that KaTeX would have drawn.
 */

/** The characters of a font file's character map. */
async function characters(file: string): Promise<Set<string>> {
  const sfnt = await convert(readFileSync(file), "sfnt");
  const font = opentype.parse(new Uint8Array(sfnt).buffer);
  return new Set(Object.keys(font.tables.cmap.glyphIndexMap).map((code) => String.fromCodePoint(Number(code))));
}

test("every character a formula draws is in the built KaTeX font that has it in KaTeX's own copy", async () => {
  const drawn = new Set<string>();
  for (const path of builtPages("dist")) {
    const { document } = parseHTML(builtHtml(path));
    for (const el of document.querySelectorAll(".katex-html")) for (const c of el.textContent ?? "") drawn.add(c);
  }
  // The site's formulas use Greek, operators and arrows besides Latin letters: a scan that finds none is broken.
  expect(drawn.size).toBeGreaterThan(40);
  expect([...drawn]).toEqual(expect.arrayContaining(["π", "η", "−", "∝"]));

  const built = readdirSync("dist/_astro").filter((f) => /^KaTeX_.+\.woff2$/.test(f));
  expect(built.length).toBe(20);
  const missing: string[] = [];
  for (const file of built) {
    const family = file.replace(/\..*$/, ""); // KaTeX_Main-Regular
    const whole = await characters(join("node_modules/katex/dist/fonts", `${family}.woff2`));
    const cut = await characters(join("dist/_astro", file));
    const lost = [...drawn].filter((c) => whole.has(c) && !cut.has(c));
    if (lost.length) missing.push(`${family}: ${lost.join(" ")}`);
    // And the cut is real: the font keeps fewer characters than KaTeX ships.
    expect(cut.size, family).toBeLessThan(whole.size);
  }
  expect(missing).toEqual([]);
});
