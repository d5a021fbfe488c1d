import { describe, expect, test } from "vitest";
import { NABR_PER_NA, wurtzPerArea } from "@src/models/wurtz-reaction";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// Na: 0.02298977 kg mol⁻¹, 968 kg m⁻³; NaBr: 0.10289377 kg mol⁻¹, 3210 kg m⁻³; n-hexane: 0.086178 kg mol⁻¹.
// Per m²: n_Na = δ_Na ρ_Na / M_Na; NaBr = n_Na; hexane = n_Na / 2.
describe("Wurtz stoichiometry per unit area", () => {
  test("1.5 µm of sodium", () => {
    const r = wurtzPerArea(1.5e-6);
    expect(r.nNa).toBeCloseTo(0.0631585, 7); // 1.5e-6 × 968 / 0.02298977 = 1.452e-3 / 0.02298977
    expect(r.mNaBr).toBeCloseTo(6.49862e-3, 8); // 0.0631585 × 0.10289377 kg m⁻² (0.650 mg cm⁻²)
    expect(r.dNaBr).toBeCloseTo(2.02449e-6, 11); // 6.49862e-3 / 3210 m ≈ 2.02 µm
    expect(r.nAlkane).toBeCloseTo(0.0315793, 7); // half the sodium
    expect(r.mAlkane).toBeCloseTo(2.72144e-3, 8); // 0.0315793 × 0.086178
  });

  test("a dense NaBr layer is (0.10289377/3210)/(0.02298977/968) = 3.20541e-5/2.37498e-5 = 1.34966 times the sodium it consumes", () => {
    expect(NABR_PER_NA).toBeCloseTo(1.34966, 5);
  });

  test.each([
    // δ_Na (µm), δ_NaBr (µm)
    ["1.48", 1.99750], // the review's ~2 µm layer: 1.48 × 1.34966
    ["8.9", 12.0120], // the review's ~12 µm layer
    ["0", 0],
  ])("δ_Na = %s µm → δ_NaBr = %s µm", (dNa, dNaBr) => {
    expect(evaluateWith("wurtz-reaction", { dNa }).outputs.dNaBr! * 1e6).toBeCloseTo(dNaBr, 4);
  });

  test.each([["negative", -1e-6], ["NaN", NaN], ["infinite", Infinity]])("%s thickness → NaN", (_l, d) => {
    expect(wurtzPerArea(d).dNaBr).toBeNaN();
  });
});

describeEdgeCases("wurtz-reaction");
