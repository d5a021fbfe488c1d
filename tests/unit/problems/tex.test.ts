import { describe, expect, test } from "vitest";
import { mentions, sameSymbol, splitRelation, substitute, tokenize, unresolvedSymbols } from "@src/problems/tex";
import { unitTex } from "@src/problems/solve";

const v = (tex: string, value: string) => ({ tex, value });

describe("substitute: a symbol is replaced only where it stands whole", () => {
  test.each([
    // formula, values, expected — each row says what it guards
    ["parentheses keep products readable", "zFC_0", [v("z", "1"), v("F", "96\\,485.3"), v("C_0", "1000")], "(1)(96\\,485.3)(1000)"],
    ["a whole numerator or denominator needs none", String.raw`\frac{j}{zF}`, [v("j", "50"), v("z", "1"), v("F", "9")], String.raw`\frac{50}{(1)(9)}`],
    ["a plain number between operators needs none", "(1-t_+)", [v("t_+", "0.45")], "(1-0.45)"],
    ["a number in powers of ten keeps them", "(1-t_+)", [v("t_+", "4 \\times 10^{-5}")], "(1-(4 \\times 10^{-5}))"],
    ["not the base of a longer symbol: η vs η_c", String.raw`1-\frac{\eta}{\eta_c}`, [v("\\eta", "20"), v("\\eta_c", "50")], String.raw`1-\frac{20}{50}`],
    ["not inside a subscript: T in T_{ref}", String.raw`\frac{1}{T} - \frac{1}{T_{\text{ref}}}`, [v("T", "233.15"), v("T_{\\text{ref}}", "298.15")], String.raw`\frac{1}{233.15} - \frac{1}{298.15}`],
    ["not inside text: f in \\text{ref}", String.raw`T_{\text{ref}} f`, [v("f", "2")], String.raw`T_{\text{ref}} (2)`],
    ["not inside a control word: D in \\Delta, i in \\pi", String.raw`\pi D \Delta`, [v("D", "3"), v("i", "9")], String.raw`\pi (3) \Delta`],
    ["a bare exponent gets braces", String.raw`A\sigma^n`, [v("n", "5"), v("A", "10^{8}"), v("\\sigma", "0.2")], String.raw`(10^{8})(0.2)^{5}`],
    ["a braced exponent stays bare", String.raw`\sigma^{n}`, [v("n", "5"), v("\\sigma", "0.2")], String.raw`(0.2)^{5}`],
    ["spacing inside the formula does not split a symbol", String.raw`m_{\text{cat}}\,q_{\text{cat}}`, [v("m_{\\text{cat}}", "0.1"), v("q_{\\text{cat}}", "540")], String.raw`(0.1)\,(540)`],
    ["a symbol written with \\text is matched whole", String.raw`\frac{N/P - 1}{1 - \text{CE}}`, [v("N/P", "3"), v("\\text{CE}", "0.999")], String.raw`\frac{3 - 1}{1 - 0.999}`],
    ["the longer of two overlapping symbols wins", String.raw`\kappa_{\text{SEI}}(T_{\text{ref}})\,T`, [v("T", "1"), v("\\kappa_{\\text{SEI}}(T_{\\text{ref}})", "0.012"), v("T_{\\text{ref}}", "2")], String.raw`(0.012)\,(1)`],
  ])("%s", (_why, tex, values, expected) => {
    expect(substitute(tex, values)).toBe(expected);
  });

  test("a formula without symbols comes back unchanged; so does an empty one", () => {
    expect(substitute(String.raw`\frac{1}{2}`, [v("x", "3")])).toBe(String.raw`\frac{1}{2}`);
    expect(substitute("", [v("x", "3")])).toBe("");
  });
});

describe("unresolvedSymbols: what a worked solution would be missing", () => {
  test.each([
    [String.raw`\frac{\pi (2)}{4}\exp\left(-\frac{3}{(1)(2)}\right)`, []],
    [String.raw`\frac{\pi D}{4}`, ["D"]],
    [String.raw`(3)\,\kappa_{\text{SEI}}`, ["\\kappa"]],
    [String.raw`\max(1,\,2)\ \text{A m⁻²}`, []], // operators and text are not symbols
    [String.raw`x_{k} + 1`, ["x"]], // the base counts, the subscript does not
  ])("%s → %j", (tex, expected) => {
    expect(unresolvedSymbols(tex)).toEqual(expected);
  });
});

describe("splitRelation", () => {
  test("cuts at the first = outside braces", () => {
    expect(splitRelation(String.raw`t = \frac{a}{b=c}`)).toEqual({ lhs: "t", relation: "=", rhs: String.raw`\frac{a}{b=c}` });
  });
  test("also at \\approx", () => {
    expect(splitRelation(String.raw`N \approx \frac{1}{2}`)?.relation).toBe("\\approx");
  });
  test("a reaction has no relation to split", () => {
    expect(splitRelation(String.raw`2\,\mathrm{Na} \longrightarrow \mathrm{R{-}R}`)).toBeUndefined();
  });
});

describe("symbols compared as tokens", () => {
  test("spacing does not matter", () => {
    expect(sameSymbol(String.raw`t_{\text{Sand}}`, String.raw`t_{ \text{Sand} }`)).toBe(true);
    expect(sameSymbol("t_+", "t")).toBe(false);
  });
  test("mentions follows the substitution rules", () => {
    expect(mentions(String.raw`\frac{\eta}{\eta_c}`, "\\eta_c")).toBe(true);
    expect(mentions(String.raw`\eta_c`, "\\eta")).toBe(false);
  });
  test("tokens: control words, control symbols, single characters", () => {
    expect(tokenize(String.raw`\frac{a}\,b`)).toEqual(["\\frac", "{", "a", "}", "\\,", "b"]);
  });
});

describe("unitTex: SI units after a worked result", () => {
  test.each([
    ["A m⁻²", String.raw`\ \mathrm{A\,m^{-2}}`],
    ["mol m⁻² s⁻¹", String.raw`\ \mathrm{mol\,m^{-2}\,s^{-1}}`],
    ["Ω m²", String.raw`\ \mathrm{{\Omega}\,m^{2}}`],
    ["µm", String.raw`\ \mathrm{{\mu}m}`],
    ["s", String.raw`\ \mathrm{s}`],
    ["1", ""], // a pure number has no unit
    ["", ""],
  ])("%s", (unit, expected) => {
    expect(unitTex(unit)).toBe(expected);
  });
});
