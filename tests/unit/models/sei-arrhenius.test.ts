import { describe, expect, test } from "vitest";
import { arrheniusConductivity } from "@src/models/sei-arrhenius";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// κ(T)/κ_ref = exp[−(Ea/R)(1/T − 1/T_ref)]; from 298.15 K to 233.15 K: 1/233.15 − 1/298.15 = 9.35068e-4 K⁻¹.
describe("Arrhenius scaling of SEI conductivity", () => {
  test.each([
    // Ea (J mol⁻¹), κ(233.15 K)/κ(298.15 K)
    [11_000, 0.290227], // Na₃P: exp(−11 000/8.314463 × 9.35068e-4) = exp(−1.237111)
    [37_000, 0.0155900], // Na/VN–S: exp(−4.161193)
    [39_100, 0.0123106], // PVDF-rolled NaF/C–F: exp(−4.397366)
    [0, 1], // no barrier: no change
  ])("Ea=%s → ratio %s", (Ea, ratio) => {
    expect(arrheniusConductivity(1, Ea, 233.15, 298.15)).toBeCloseTo(ratio, 6);
  });

  test("T = T_ref returns κ_ref; warmer than T_ref raises κ", () => {
    expect(arrheniusConductivity(0.012, 11_000, 298.15, 298.15)).toBe(0.012);
    expect(arrheniusConductivity(0.012, 11_000, 328.15, 298.15)).toBeGreaterThan(0.012);
  });

  test("defaults: Na₃P, 0.12 mS cm⁻¹ at 25 °C → 0.012 S m⁻¹ × 0.290227 = 3.48273e-3 S m⁻¹ at −40 °C", () => {
    const ev = evaluateWith("sei-arrhenius");
    expect(ev.outputs.kappa).toBeCloseTo(3.48273e-3, 8);
    expect(ev.outputs.ratio).toBeCloseTo(0.290227, 6);
  });

  test.each([
    ["zero temperature", 0.012, 11_000, 0, 298.15],
    ["negative activation energy", 0.012, -1, 233.15, 298.15],
    ["negative conductivity", -0.012, 11_000, 233.15, 298.15],
    ["NaN", NaN, 11_000, 233.15, 298.15],
    ["infinite temperature", 0.012, 11_000, Infinity, 298.15],
  ])("%s → NaN", (_l, k, Ea, T, Tref) => {
    expect(arrheniusConductivity(k, Ea, T, Tref)).toBeNaN();
  });
});

describeEdgeCases("sei-arrhenius");
