import { describe, expect, test } from "vitest";
import { equations, getEquation } from "../../../src/models";
import { texToPlain } from "../../../src/sharing/tex-plain";

// Each expected line is the formula read aloud in Unicode by hand from the model's LaTeX; the Sand row is the
// example issue 10 gives for chat that renders no maths.
describe("texToPlain, every equation of the site", () => {
  test.each([
    ["sand-time (corrected)", getEquation("sand-time").erratum!.correctedLatex, "t_Sand = (πD/4)·(zFC₀/(j(1 − t₊)))²"],
    ["sand-time (as printed)", getEquation("sand-time").latex, "t_Sand = (πD/4)·(zFC₀(1 − t₊)/j)²"],
    ["tafel", getEquation("tafel").latex, "η = (RT/(αzF))·ln(j/i₀)"],
    ["creep: dot accent, superscript letter, function", getEquation("creep").latex, "ε̇ = Aσⁿ·exp(−Q/(RT))"],
    ["sei-arrhenius: brackets and nested fractions", getEquation("sei-arrhenius").latex, "κ_SEI(T) = κ_SEI(T_ref)·exp[−(E_a/R)·(1/T − 1/T_ref)]"],
    ["sei-ion-flux: Δ stays with its symbol", getEquation("sei-ion-flux").latex, "J_Na ≈ (κ_SEI/(zF))·(Δφ_SEI/δ_SEI)"],
    ["sei-ohmic", getEquation("sei-ohmic").latex, "i = (κ_SEI·Δφ_SEI)/δ_SEI"],
    ["sei-voltage-drop", getEquation("sei-voltage-drop").latex, "ΔΦ_SEI = (J_Na·δ_SEI)/κ_SEI"],
    ["sei-resistivity", getEquation("sei-resistivity").latex, "ρ_SEI = δ_SEI/κ_SEI"],
    ["sei-mass-balance: derivative and sum", getEquation("sei-mass-balance").latex, "dm_SEI/dt = −Σ_(k ∈ S) W_k·(s_k^prec − s_k^diss)"],
    ["void-flux", getEquation("void-flux").latex, "J_void = (j/(zF))·(1 − η/η_c)"],
    ["c-rate", getEquation("c-rate").latex, "j = r·Q_A"],
    ["na-capacity: number, unit, negative power", getEquation("na-capacity").latex, "Q_th = zF/(3.6·M_Na) ≈ 1166 mAh g⁻¹"],
    ["na-inventory: slash inside a numerator", getEquation("na-inventory").latex, "N_cyc ≈ (N/P − 1)/(1 − CE)"],
    ["wurtz-reaction: chemistry in \\mathrm", getEquation("wurtz-reaction").latex, "2 R-Br + 2 Na ⟶ R-R + 2 NaBr"],
  ])("%s", (_name, tex, plain) => expect(texToPlain(tex)).toBe(plain));

  test("every equation and correction has a plain form", () => {
    for (const def of equations) {
      expect(texToPlain(def.latex)).not.toMatch(/\\|[{}]/);
      if (def.erratum) expect(texToPlain(def.erratum.correctedLatex)).not.toMatch(/\\|[{}]/);
    }
  });
});

describe("texToPlain, edge cases", () => {
  test.each([
    ["empty", "", ""],
    ["unary minus at the start", "-x", "−x"],
    ["binary minus", "a-b", "a − b"],
    ["subscript that has no Unicode form", "x_{ab}", "x_ab"],
    ["subscript with spaces", "x_{a b}", "x_ab"],
    ["superscript digits and sign", "10^{-3}", "10⁻³"],
    ["\\left. delimiter is invisible", String.raw`\left.x\right|`, "x|"],
  ])("%s", (_name, tex, plain) => expect(texToPlain(tex)).toBe(plain));

  test.each([
    ["an unknown command", String.raw`\int x`],
    ["an unbalanced brace", "x}"],
    ["a script with nothing before it", "^2"],
    ["an unterminated \\text", String.raw`\text{abc`],
  ])("throws on %s", (_name, tex) => expect(() => texToPlain(tex)).toThrow());
});
