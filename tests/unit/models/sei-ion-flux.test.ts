import { describe, expect, test } from "vitest";
import { ionFlux } from "@src/models/sei-ion-flux";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// J = (κ/zF)(Δφ/δ); SI: κ in S m⁻¹ (1 mS cm⁻¹ = 0.1 S m⁻¹), Δφ in V, δ in m.
describe("Na⁺ flux through the SEI", () => {
  test.each([
    // κ, Δφ, δ, J (mol m⁻² s⁻¹)
    [1e-5, 0.05, 5e-8, 1.036427e-4], // (1e-5 / 96 485.332) × (0.05 / 5e-8 = 1e6) = 1.036427e-4
    [0.012, 0.05, 5e-8, 0.124371236], // Na₃P, 0.12 mS cm⁻¹: (0.012 / 96 485.332) × 1e6
    [1e-5, 0.05, 5e-7, 1.036427e-5], // ten times thicker, ten times less
    [1e-5, 0, 5e-8, 0], // no drop, no flux
    [1e-5, -0.05, 5e-8, -1.036427e-4], // reversed drop: stripping direction
  ])("κ=%s Δφ=%s δ=%s → %s", (kappa, dphi, delta, J) => {
    const got = ionFlux(kappa, dphi, delta);
    if (J === 0) expect(got).toBe(0);
    else expect(got / J).toBeCloseTo(1, 6); // relative: six significant figures
  });

  test("i = zF·J: the defaults carry 1 mA cm⁻² (10 A m⁻²)", () => {
    const ev = evaluateWith("sei-ion-flux");
    expect(ev.outputs.J).toBeCloseTo(1.036427e-4, 10);
    expect(ev.outputs.i).toBeCloseTo(10, 9);
  });

  test.each([
    ["zero thickness (zero denominator)", 1e-5, 0.05, 0],
    ["zero conductivity", 0, 0.05, 5e-8],
    ["negative thickness", 1e-5, 0.05, -5e-8],
    ["NaN", NaN, 0.05, 5e-8],
    ["infinite drop", 1e-5, Infinity, 5e-8],
  ])("%s → NaN", (_l, kappa, dphi, delta) => {
    expect(ionFlux(kappa, dphi, delta)).toBeNaN();
  });
});

describeEdgeCases("sei-ion-flux");
