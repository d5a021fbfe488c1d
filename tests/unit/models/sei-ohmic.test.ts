import { describe, expect, test } from "vitest";
import { ohmicCurrent, shareCurrent } from "@src/models/sei-ohmic";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

describe("ohmic current and current constriction", () => {
  test.each([
    // κ (S m⁻¹), Δφ (V), δ (m), i (A m⁻²)
    [1e-5, 0.05, 5e-8, 10], // 1e-5 × 0.05 / 5e-8
    [1e-5, 0.05, 5e-9, 100], // a tenth of the thickness, ten times the current
    [0.012, 0.01, 1e-6, 120], // Na₃P-like, 1 µm: 0.012 × 0.01 / 1e-6
  ])("κ=%s Δφ=%s δ=%s → i=%s", (kappa, dphi, delta, i) => {
    expect(ohmicCurrent(kappa, dphi, delta)).toBeCloseTo(i, 9);
  });

  test("defaults: 50 nm and 5 nm patches, same κ = 1e-5 S m⁻¹, thin patch on 5 % of the area, j = 10 A m⁻²", () => {
    // Σ f κ/δ = 0.95 × 1e-5/5e-8 + 0.05 × 1e-5/5e-9 = 190 + 100 = 290 S m⁻²; Δφ = 10/290 = 0.0344828 V
    // i₁ = 200 × 0.0344828 = 6.89655 A m⁻²; i₂ = 2000 × 0.0344828 = 68.9655 A m⁻²; hot spot = 68.9655/10 = 6.89655
    const ev = evaluateWith("sei-ohmic");
    expect(ev.outputs.dphi).toBeCloseTo(0.0344828, 7);
    expect(ev.outputs.i1).toBeCloseTo(6.89655, 5);
    expect(ev.outputs.i2).toBeCloseTo(68.9655, 4);
    expect(ev.outputs.hotspot).toBeCloseTo(6.89655, 5);
  });

  test("the patches' currents add back up to the mean: 0.95 × 6.89655 + 0.05 × 68.9655 = 10", () => {
    const r = shareCurrent(10, [{ delta: 5e-8, kappa: 1e-5, area: 0.95 }, { delta: 5e-9, kappa: 1e-5, area: 0.05 }]);
    expect(0.95 * r.local[0]! + 0.05 * r.local[1]!).toBeCloseTo(10, 10);
  });

  test("identical patches: no hot spot (factor 1) and Δφ = jδ/κ = 10 × 5e-8 / 1e-5 = 0.05 V", () => {
    const r = shareCurrent(10, [{ delta: 5e-8, kappa: 1e-5, area: 0.5 }, { delta: 5e-8, kappa: 1e-5, area: 0.5 }]);
    expect(r.hotspot).toBeCloseTo(1, 12);
    expect(r.dphi).toBeCloseTo(0.05, 12);
  });

  test.each([
    ["areas not summing to 1", 10, 0.5, 0.4],
    ["negative area", 10, 1.2, -0.2],
    ["negative current", -10, 0.95, 0.05],
    ["NaN current", NaN, 0.95, 0.05],
  ])("%s → NaN", (_l, j, a1, a2) => {
    const r = shareCurrent(j, [{ delta: 5e-8, kappa: 1e-5, area: a1 }, { delta: 5e-9, kappa: 1e-5, area: a2 }]);
    expect(r.dphi).toBeNaN();
    expect(r.hotspot).toBeNaN();
  });

  test("zero mean current: no drop, no local current, hot-spot factor undefined", () => {
    const r = shareCurrent(0, [{ delta: 5e-8, kappa: 1e-5, area: 0.95 }, { delta: 5e-9, kappa: 1e-5, area: 0.05 }]);
    expect(r.dphi).toBe(0);
    expect(r.hotspot).toBeNaN();
  });
});

describeEdgeCases("sei-ohmic");
