import { describe, expect, test } from "vitest";
import { equations, getEquation } from "@src/models";
import { equationNumberForms, equationSearchTitle, symbolForms } from "@src/search/terms";

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
