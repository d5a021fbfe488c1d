import { describe, expect, test } from "vitest";
import { voltageDrop } from "@src/models/sei-voltage-drop";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

describe("voltage drop across an artificial SEI", () => {
  test.each([
    // j (mA cm⁻²), δ (nm), κ (mS cm⁻¹), ΔΦ (mV)
    ["3", "3.5", "1e-4", 10.5], // ALD Al₂O₃ at 3 mA cm⁻²: 30 A m⁻² × 3.5e-4 Ω m² = 0.0105 V
    ["2", "650", "0.01", 13], // sodium formate at 2 mA cm⁻²: 20 × 6.5e-4 = 0.013 V
    ["1", "20000", "0.01", 200], // 20 µm NaF at 1 mA cm⁻²: 10 × 0.02 = 0.2 V
    ["5", "20000", "0.01", 1000], // the same layer at 5 mA cm⁻²: five times more
    ["0.001", "3.5", "1e-4", 0.0035], // the lowest accepted current, 1 µA cm⁻²: 0.01 A m⁻² × 3.5e-4 Ω m² = 3.5e-6 V
  ])("j=%s, δ=%s, κ=%s → %s mV", (j, delta, kappa, mV) => {
    expect(evaluateWith("sei-voltage-drop", { j, delta, kappa }).outputs.dphi! * 1000).toBeCloseTo(mV, 8);
  });

  test.each([
    ["zero conductivity", 30, 3.5e-9, 0],
    ["negative current", -30, 3.5e-9, 1e-5],
    ["NaN thickness", 30, NaN, 1e-5],
    ["infinite current", Infinity, 3.5e-9, 1e-5],
  ])("%s → NaN", (_l, j, delta, kappa) => {
    expect(voltageDrop(j, delta, kappa)).toBeNaN();
  });
});

describeEdgeCases("sei-voltage-drop");
