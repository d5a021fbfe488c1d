import { describe, expect, it } from "vitest";
import katex from "katex";
import { ALWAYS_KEPT, keptCharacters, mathCharacters, renamed } from "@src/reading/math-fonts";
import { shortHash } from "@src/lib/built-pages";

const page = (...formulas: string[]) =>
  `<!doctype html><html><body><p>Text outside: Ω ≥ 5</p>${formulas.map((tex) => katex.renderToString(tex, { output: "htmlAndMathml" })).join("<p>between</p>")}</body></html>`;

describe("mathCharacters", () => {
  it("reads what KaTeX draws, and nothing of the MathML or the page around it", () => {
    const found = mathCharacters(page("\\eta = \\frac{RT}{\\alpha z F}", "j_{\\text{lim}}"));
    // η, R, T, α, z, F from the first formula; j and the letters of "lim" from the second; the = sign.
    for (const c of ["η", "=", "R", "T", "α", "z", "F", "j", "l", "i", "m"]) expect(found.has(c), c).toBe(true);
    // Ω and ≥ are page text; the MathML's "application/x-tex" annotation is not drawn.
    for (const c of ["Ω", "≥", "\\", "{", "_"]) expect(found.has(c), c).toBe(false);
  });

  it("finds every formula of a page and decodes the characters the serializer escaped", () => {
    const found = mathCharacters(page("a < b", "c > d", "x \\& y"));
    expect([..."abcdxy<>&"].every((c) => found.has(c))).toBe(true);
  });

  it("gives nothing for a page without formulas, and stops at an unclosed span instead of looping", () => {
    expect(mathCharacters("<p>no math</p>").size).toBe(0);
    expect([...mathCharacters('<span class="katex-html"><span>q')]).toEqual(["q"]);
  });
});

describe("keptCharacters", () => {
  it("joins the pages' characters with the ones always kept, once each, in code point order, without line breaks", () => {
    const kept = keptCharacters([new Set(["η", "a", "\n"]), new Set(["a", "=", "\t"])]);
    expect(kept).toBe([...new Set([...ALWAYS_KEPT, "=", "a", "η"])].sort((x, y) => x.codePointAt(0)! - y.codePointAt(0)!).join(""));
    expect(kept).not.toMatch(/[\n\t]/);
  });
});

describe("renamed", () => {
  it("swaps the eight-character hash of a built asset's name for one of its new content", () => {
    const name = renamed("KaTeX_Main-Regular.B22Nviop.woff2", "new bytes");
    expect(name).toBe(`KaTeX_Main-Regular.${shortHash("new bytes")}.woff2`);
    expect(name).toMatch(/^KaTeX_Main-Regular\.[A-Za-z0-9_-]{8}\.woff2$/);
    expect(renamed("style.3zaZ4N2K.css", "a")).not.toBe(renamed("style.3zaZ4N2K.css", "b"));
  });

  it("refuses a name without a hash rather than guess", () => {
    expect(() => renamed("katex.woff2", "x")).toThrow(/not a hashed asset name/);
  });
});
