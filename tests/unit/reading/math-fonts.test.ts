import { describe, expect, test } from "vitest";
import { preloadMathFonts } from "@src/reading/math-fonts";

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe("preloadMathFonts", () => {
  const fonts = { main: "/fcna/_astro/KaTeX_Main-Regular.x.woff2", math: "/fcna/_astro/KaTeX_Math-Italic.y.woff2" };
  const css = '<link rel="stylesheet" href="/a.css">';
  const preload = (href: string) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`;

  test("a page with an italic symbol gets both fonts, ahead of its stylesheet", () => {
    const out = preloadMathFonts(page(`<title>t</title>${css}`, '<span class="katex"><span class="mord mathnormal">j</span></span>'), fonts);
    expect(out).toContain(`<title>t</title>${preload(fonts.main)}${preload(fonts.math)}${css}`);
  });

  test("upright-only formulas get the upright font alone", () => {
    const out = preloadMathFonts(page(css, '<span class="katex"><span class="mord">2</span></span>'), fonts);
    expect(out).toContain(`${preload(fonts.main)}${css}`);
    expect(out).not.toContain(fonts.math);
  });

  test("a page without formulas asks for no font", () => {
    const html = page(css, "<p>mathnormal is only a word here</p>");
    expect(preloadMathFonts(html, fonts)).toBe(html);
  });
});
