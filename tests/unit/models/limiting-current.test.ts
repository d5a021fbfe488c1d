import { describe, expect, test } from "vitest";
import { limitingCurrent } from "@src/models/limiting-current";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// F = 96 485.332 12 C mol⁻¹, z = 1. SI: D in m² s⁻¹, C₀ in mol m⁻³, L in m → A m⁻² (10 A m⁻² = 1 mA cm⁻²).
describe("limiting current density j_lim = 2zFC₀D/((1 − t₊)L)", () => {
  test.each([
    // D, C0, t+, L, expected j_lim (A m⁻²), worked by hand
    // 2 × 96 485.332 12 × 1000 × 2e-10 = 0.038 594 133 A m⁻¹; (1 − 0.45) × 260e-6 = 1.43e-4 m → 269.889 A m⁻² (27.0 mA cm⁻²)
    [2e-10, 1000, 0.45, 260e-6, 269.889],
    // a 25 µm separator: 0.038 594 133 / (0.55 × 25e-6 = 1.375e-5) = 2806.85 A m⁻²; j_lim ∝ 1/L, ten times thinner is ten times more (× 10.4)
    [2e-10, 1000, 0.45, 25e-6, 2806.846],
    // glass fibre GF/D, 675 µm: 0.038 594 133 / 3.7125e-4 = 103.957 A m⁻² (10.4 mA cm⁻²)
    [2e-10, 1000, 0.45, 675e-6, 103.957],
    // Li reference (D 3.22e-10, t₊ 0.38): 2 × 96 485.332 12 × 1000 × 3.22e-10 = 0.062 136 554; / (0.62 × 260e-6 = 1.612e-4) = 385.462
    [3.22e-10, 1000, 0.38, 260e-6, 385.462],
    // t₊ = 0: the whole current needs a gradient: 0.038 594 133 / 260e-6 = 148.439
    [2e-10, 1000, 0, 260e-6, 148.439],
  ])("D=%s C0=%s t+=%s L=%s → %s A m⁻²", (D, C0, tplus, L, expected) => {
    expect(limitingCurrent(D, C0, tplus, L)).toBeCloseTo(expected, 2);
  });

  test("rises with t₊ as 1/(1 − t₊): t₊ 0.45 against 0 gives 1/0.55 = 1.818 times", () => {
    expect(limitingCurrent(2e-10, 1000, 0.45, 260e-6) / limitingCurrent(2e-10, 1000, 0, 260e-6)).toBeCloseTo(1 / 0.55, 10);
  });

  test.each([
    ["t₊ = 1 (no salt gradient, no limit)", 2e-10, 1000, 1, 260e-6],
    ["L = 0", 2e-10, 1000, 0.45, 0],
    ["negative L", 2e-10, 1000, 0.45, -1e-6],
    ["zero diffusivity", 0, 1000, 0.45, 260e-6],
    ["zero concentration", 2e-10, 0, 0.45, 260e-6],
    ["NaN", NaN, 1000, 0.45, 260e-6],
    ["infinite L", 2e-10, 1000, 0.45, Infinity],
  ])("%s → NaN from the model", (_label, D, C0, tplus, L) => {
    expect(limitingCurrent(D, C0, tplus, L)).toBeNaN();
  });

  test("display units: the defaults (2e-6 cm² s⁻¹, 1 mol L⁻¹, 0.45, 260 µm) give 269.889 A m⁻²", () => {
    expect(evaluateWith("limiting-current").outputs.jLim).toBeCloseTo(269.889, 2);
  });

  test("t₊ = 1 on the page: a message beside t₊ that says why, and no number", () => {
    const ev = evaluateWith("limiting-current", { tplus: "1" });
    expect(ev.fields.tplus).toEqual({ ok: false, message: expect.stringContaining("only Na⁺ carries the current") });
    expect(ev.outputs.jLim).toBeNaN();
  });

  test("L = 0 on the page: refused with the accepted range", () => {
    const ev = evaluateWith("limiting-current", { L: "0" });
    expect(ev.fields.L).toEqual({ ok: false, message: expect.stringContaining("1 µm to 20") });
  });
});

describeEdgeCases("limiting-current");
