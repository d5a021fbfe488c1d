import { describe, expect, test } from "vitest";
import { equations, getEquation } from "@src/models";
import { equationExcerpt, equationNumberForms, equationSearchTitle, symbolForms } from "@src/search/terms";

describe("symbolForms", () => {
  test.each([
    // TeX, typed list from the definition, forms expected among the result
    [String.raw`t_{\text{Sand}}`, [], ["t_Sand", "tSand"]],
    [String.raw`C_0`, [], ["C_0", "C0", "C₀"]],
    [String.raw`t_+`, [], ["t_+", "t+", "t₊"]],
    [String.raw`\eta_c`, [], ["eta_c", "etac", "η_c", "ηc"]],
    [String.raw`\alpha`, [], ["alpha", "α"]],
    [String.raw`\dot{\epsilon}`, [], ["epsilon", "ε"]],
    [String.raw`\mathrm{R{-}Br}`, [], ["R-Br"]],
    [String.raw`s_k^{\text{prec}}`, [], ["s_k^prec", "skprec"]],
    [String.raw`j`, [], ["j"]],
    [String.raw`D`, ["D"], ["D"]],
  ])("%s gives %j", (tex, typed, expected) => {
    const forms = symbolForms({ tex, typed });
    for (const form of expected) expect(forms).toContain(form);
    expect(new Set(forms).size).toBe(forms.length);
  });

  test("the typed forms of the definition come first, as written", () => {
    expect(symbolForms({ tex: String.raw`t_+`, typed: ["t+", "tplus"] }).slice(0, 2)).toEqual(["t+", "tplus"]);
  });

  test("TeX a reader would not type is left out", () => {
    expect(symbolForms({ tex: String.raw`k \in \text{S}` })).toEqual([]);
    for (const def of equations) {
      for (const s of def.symbols) for (const form of symbolForms(s)) expect(form, `${def.slug} ${s.tex}`).not.toMatch(/\\|[{}]/);
    }
  });
});

describe("equation numbers and titles", () => {
  test("a numbered equation is findable as eqn (6), eqn 6, equation 6 and eq 6", () => {
    const forms = equationNumberForms(getEquation("sand-time"));
    for (const form of ["eqn (6)", "eqn 6", "equation 6", "eq 6"]) expect(forms).toContain(form);
  });

  test("an in-text relation is a relation, never an eqn with the review's numbers", () => {
    const forms = equationNumberForms(getEquation("c-rate"));
    expect(forms).toContain("relation (A)");
    expect(forms.join(" ")).not.toMatch(/eqn|equation/);
  });

  test("the result title names the number and the equation", () => {
    expect(equationSearchTitle(getEquation("sand-time"))).toBe(`Eqn (6): ${getEquation("sand-time").name}`);
    expect(equationSearchTitle(getEquation("c-rate"))).toMatch(/^Relation \(A\): /);
  });
});

describe("equationExcerpt", () => {
  test.each(equations.map((def) => [def.slug, def] as const))("%s: its meaning and context, no index text", (_, def) => {
    const text = equationExcerpt(def);
    expect(text.startsWith(def.symbols[0]!.meaning.replace(/[.\s]+$/, ""))).toBe(true);
    expect(text.split(/\s+/).length).toBeLessThanOrEqual(31);
    for (const s of def.symbols) {
      const forms = symbolForms(s);
      if (forms.length > 1) expect(text).not.toContain(forms.join(", "));
    }
    expect(text).not.toContain(equationNumberForms(def).join(", "));
    expect(text).not.toMatch(/also called/);
  });

  test("Sand's time, worked out by hand: the result's meaning, then the context's first sentence", () => {
    expect(equationExcerpt(getEquation("sand-time"))).toBe(
      "Sand's time: when the surface Na⁺ concentration first reaches zero. When sodium is plated at a constant current, cations are removed at the metal faster than diffusion from the bulk …", // 30 words: ten of the meaning, twenty of the sentence
    );
  });
});
