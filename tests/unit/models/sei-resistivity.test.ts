import { describe, expect, test } from "vitest";
import { areaSpecificResistance } from "@src/models/sei-resistivity";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// ρ = δ/κ; 1 Ω cm² = 1e-4 Ω m²; 1 mS cm⁻¹ = 0.1 S m⁻¹.
describe("area-specific resistance of the review's example layers", () => {
  test.each([
    // δ, κ (display), ρ (Ω cm²)
    ["3.5", "1e-4", 3.5], // ALD Al₂O₃: 3.5e-9 m / 1e-5 S m⁻¹ = 3.5e-4 Ω m²
    ["650", "0.01", 6.5], // sodium formate: 6.5e-7 / 1e-3 = 6.5e-4 Ω m²
    ["20000", "0.01", 200], // NaF/C–F: 2e-5 / 1e-3 = 0.02 Ω m²
    ["1000", "0.12", 0.833333], // Na₃P: 1e-6 / 0.012 = 8.33333e-5 Ω m²
    ["0.1", "0.12", 8.33333e-5], // the thinnest accepted layer, one atomic layer: 1e-10 / 0.012 = 8.33333e-9 Ω m²
  ])("δ=%s nm, κ=%s mS cm⁻¹ → %s Ω cm²", (delta, kappa, rho) => {
    expect(evaluateWith("sei-resistivity", { delta, kappa }).outputs.rho! / 1e-4).toBeCloseTo(rho, 5);
  });

  test.each([
    ["zero conductivity (zero denominator)", 1e-9, 0],
    ["negative thickness", -1e-9, 1e-5],
    ["NaN", NaN, 1e-5],
    ["infinite conductivity", 1e-9, Infinity],
  ])("%s → NaN", (_l, delta, kappa) => {
    expect(areaSpecificResistance(delta, kappa)).toBeNaN();
  });
});

describeEdgeCases("sei-resistivity");
