import { describe, expect, test } from "vitest";
import { sandTime, sandTimePrinted } from "@src/models/sand-time";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// F = 96 485.332 12 C mol⁻¹, z = 1. SI: D in m² s⁻¹, C₀ in mol m⁻³, j in A m⁻² (1 mA cm⁻² = 10 A m⁻²).
describe("Sand's time, standard form t = (πD/4)(zFC₀/(j(1 − t₊)))²", () => {
  test.each([
    // D, C0, t+, j, expected t (s), worked by hand
    // zFC₀ = 9.6485e7; j(1 − t₊) = 10 × 0.55 = 5.5; ratio² = (1.75428e7)² = 3.07749e14; × πD/4 = 1.570796e-10 → 4.8341e4 s
    [2e-10, 1000, 0.45, 10, 48341.16],
    // five times the current: t ∝ j⁻², so 48 341.16 / 25 = 1933.65 s
    [2e-10, 1000, 0.45, 50, 1933.65],
    // Li reference (Valøen & Reimers): 9.6485e7 / (10 × 0.62) = 1.55621e7; squared 2.42180e14; × π·3.22e-10/4 = 2.52898e-10 → 6.1247e4 s
    [3.22e-10, 1000, 0.38, 10, 61247.02],
    // t₊ = 0: (9.6485e7/10)² × 1.570796e-10 = 9.30942e13 × 1.570796e-10 = 1.46234e4 s
    [2e-10, 1000, 0, 10, 14623.4],
  ])("D=%s C0=%s t+=%s j=%s → %s s", (D, C0, tplus, j, expected) => {
    expect(sandTime(D, C0, tplus, j)).toBeCloseTo(expected, 0);
  });

  test("the printed form differs by (1 − t₊)⁴: 48 341.16 × 0.55⁴ = 48 341.16 × 0.091506 = 4423.5 s", () => {
    expect(sandTimePrinted(2e-10, 1000, 0.45, 10)).toBeCloseTo(4423.52, 1);
  });

  test("the two forms agree when t₊ = 0, and only the standard one grows with t₊", () => {
    expect(sandTimePrinted(2e-10, 1000, 0, 10)).toBeCloseTo(sandTime(2e-10, 1000, 0, 10), 6);
    expect(sandTime(2e-10, 1000, 0.6, 10)).toBeGreaterThan(sandTime(2e-10, 1000, 0.3, 10));
    expect(sandTimePrinted(2e-10, 1000, 0.6, 10)).toBeLessThan(sandTimePrinted(2e-10, 1000, 0.3, 10));
  });

  test.each([
    ["zero current", 2e-10, 1000, 0.45, 0],
    ["negative current", 2e-10, 1000, 0.45, -10],
    ["zero diffusivity", 0, 1000, 0.45, 10],
    ["negative concentration", 2e-10, -1, 0.45, 10],
    ["t₊ = 1 (zero denominator)", 2e-10, 1000, 1, 10],
    ["NaN", NaN, 1000, 0.45, 10],
    ["infinite current", 2e-10, 1000, 0.45, Infinity],
  ])("%s → NaN", (_label, D, C0, tplus, j) => {
    expect(sandTime(D, C0, tplus, j)).toBeNaN();
    expect(sandTimePrinted(D, C0, tplus, j)).toBeNaN();
  });

  test("display units: the documented URL example j = 10 mA cm⁻², D = 2e-6 cm² s⁻¹ → 48 341.16 / 100 = 483.41 s", () => {
    const ev = evaluateWith("sand-time", { j: "10", D: "2e-6" });
    expect(ev.outputs.t).toBeCloseTo(483.41, 1);
  });
});

describeEdgeCases("sand-time");
