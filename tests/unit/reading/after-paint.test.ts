import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { FONT_STARTER, FONT_STARTER_HASH, LOADER, LOADER_HASH, MATH_FONTS, afterFirstPaint, preloadMathFonts } from "@src/reading/after-paint";

const META = `<meta http-equiv="content-security-policy" content="default-src 'self';require-trusted-types-for 'script'; script-src 'self' 'sha256-x'; style-src 'self'">`;
const page = (head: string, body: string, after = "") => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>${after}`;
const mod = (src: string) => `<script type="module" src="${src}"></script>`;

describe("afterFirstPaint", () => {
  test("gathers every module script, in document order, into the loader at the end of <body>", () => {
    const html = page(`${META}<title>t</title>`, `<header>${mod("/_astro/a.js")}</header><p>text</p>${mod("/_astro/b.js")}`, ` ${mod("/_astro/c.js")}`);
    const out = afterFirstPaint(html);
    expect(out).not.toContain('type="module"');
    expect(out).toContain(`<p>text</p><script data-modules="/_astro/a.js /_astro/b.js /_astro/c.js">${LOADER}</script></body></html> `);
  });

  test("a script two components share is started once", () => {
    const out = afterFirstPaint(page(META, `${mod("/a.js")}${mod("/a.js")}`));
    expect(out).toContain('data-modules="/a.js"');
  });

  test("allows the loader in the page's policy, and only there", () => {
    const out = afterFirstPaint(page(META, mod("/a.js")));
    expect(out).toContain(`; script-src ${LOADER_HASH} 'self' 'sha256-x';`);
    expect(out.match(/sha256-/g)).toHaveLength(2);
  });

  test("the hash is the SHA-256 of the loader's text, as a CSP source", () => {
    expect(LOADER_HASH).toBe(`'sha256-${createHash("sha256").update(Buffer.from(LOADER, "utf8")).digest("base64")}'`);
  });

  test("a page without module scripts is left byte for byte", () => {
    const html = page(META, "<p>text</p><script>inline()</script>");
    expect(afterFirstPaint(html)).toBe(html);
  });

  test("a page whose policy could not allow the loader fails the build", () => {
    expect(() => afterFirstPaint(page("<title>t</title>", mod("/a.js")))).toThrow("no CSP script-src");
  });
});

describe("preloadMathFonts", () => {
  const fonts = Object.fromEntries(MATH_FONTS.map(({ font }) => [font, `/fcna/_astro/KaTeX_${font}.x.woff2`]));
  const main = fonts["Main-Regular"]!;
  const math = fonts["Math-Italic"]!;
  const css = '<link rel="stylesheet" href="/a.css">';
  /** A page under a policy with a script-src, as every built page has. */
  const withPolicy = (head: string, body: string) => page(`${META}${head}`, body);
  const preload = (href: string) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`;

  test("a page with an italic symbol gets both fonts, ahead of its stylesheet", () => {
    const out = preloadMathFonts(withPolicy(`<title>t</title>${css}`, '<span class="katex"><span class="mord mathnormal">j</span></span>'), fonts);
    expect(out).toContain(`<title>t</title>${preload(main)}${preload(math)}${css}`);
  });

  test("upright-only formulas get the upright font alone", () => {
    const out = preloadMathFonts(withPolicy(css, '<span class="katex"><span class="mord">2</span></span>'), fonts);
    expect(out).toContain(`${preload(main)}${css}`);
    expect(out).not.toContain(math);
  });

  test("large delimiters and operators get the size fonts KaTeX's stylesheet gives them, and no other", () => {
    const formula = '<span class="katex"><span class="mopen delimsizing size3">(</span><span class="mop op-symbol large-op">∑</span></span>';
    const out = preloadMathFonts(withPolicy(css, formula), fonts);
    expect(out).toContain(`${preload(main)}${preload(fonts["Size2-Regular"]!)}${preload(fonts["Size3-Regular"]!)}${css}`);
    expect(out.match(/rel="preload"/g)).toHaveLength(3);
  });

  test("the preloaded fonts are started from the end of <head>, by a script the policy allows", () => {
    const out = preloadMathFonts(withPolicy(`<title>t</title>${css}`, '<span class="katex"><span class="mord mathnormal">j</span></span>'), fonts);
    expect(out).toContain(`${css}<script>${FONT_STARTER}</script></head>`);
    expect(out).toContain(`script-src ${FONT_STARTER_HASH} 'self' 'sha256-x'`);
    expect(FONT_STARTER_HASH).toBe(`'sha256-${createHash("sha256").update(Buffer.from(FONT_STARTER, "utf8")).digest("base64")}'`);
  });

  test("the starter asks the font set for each preloaded KaTeX face by the family and style its stylesheet gives it", () => {
    const asked: string[] = [];
    const links = ["/fcna/_astro/KaTeX_Main-Regular.0ba68e79.woff2", "/_astro/KaTeX_Math-Italic.x.woff2", "/_astro/KaTeX_Main-BoldItalic.y.woff2", "/_astro/KaTeX_Size3-Regular.z.woff2", "/_astro/logo.woff2"];
    const document = {
      querySelectorAll: (selector: string) => (selector === "link[rel=preload][as=font]" ? links.map((href) => ({ href: `https://example.org${href}` })) : []),
      fonts: { load: (font: string) => (asked.push(font), Promise.reject(new Error("not in this test"))) },
    };
    new Function("document", FONT_STARTER)(document);
    expect(asked).toEqual(["1em KaTeX_Main", "italic 1em KaTeX_Math", "italic bold 1em KaTeX_Main", "1em KaTeX_Size3"]);
  });

  test("a page with formulas whose policy could not allow the starter fails the build", () => {
    const html = page(css, '<span class="katex">x</span>');
    expect(() => preloadMathFonts(html, fonts)).toThrow("no CSP script-src");
  });

  test("a font missing from the build fails it", () => {
    expect(() => preloadMathFonts(withPolicy(css, '<span class="katex">x</span>'), {})).toThrow("KaTeX_Main-Regular");
  });

  test("a page without formulas asks for no font", () => {
    const html = withPolicy(css, "<p>mathnormal is only a word here</p>");
    expect(preloadMathFonts(html, fonts)).toBe(html);
  });
});
