import { describe, expect, test } from "vitest";
import { butlerVolmerOverpotential, tafelOverpotential } from "@src/models/tafel";
import { FARADAY, GAS_CONSTANT } from "@src/models/constants";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// RT/F at 298.15 K = 8.314462618 × 298.15 / 96 485.33212 = 0.0256926 V; with α = 0.5, RT/(αF) = 0.0513852 V.
// For α = 0.5 Butler–Volmer inverts in closed form: η = (2RT/F)·asinh(j/(2i₀)).
describe("Tafel and Butler–Volmer overpotentials (SI: A m⁻², K, V)", () => {
  test.each([
    // j, i0, Tafel η (V), BV η (V)
    // j/i₀ = 2: 0.0513852 × ln 2 = 0.0356175; BV 0.0513852 × asinh(1) = 0.0513852 × 0.881374 = 0.0452895
    [10, 5, 0.0356175, 0.0452895],
    // j/i₀ = 10: 0.0513852 × ln 10 = 0.118319; BV 0.0513852 × asinh(5) = 0.0513852 × 2.312438 = 0.118825
    [50, 5, 0.118319, 0.118825],
    // j = i₀: Tafel gives 0; BV 0.0513852 × asinh(0.5) = 0.0513852 × 0.481212 = 0.0247271
    [5, 5, 0, 0.0247271],
  ])("j=%s i0=%s → Tafel %s V, BV %s V", (j, i0, tafel, bv) => {
    expect(tafelOverpotential(j, i0, 0.5, 298.15)).toBeCloseTo(tafel, 6);
    expect(butlerVolmerOverpotential(j, i0, 0.5, 298.15)).toBeCloseTo(bv, 6);
  });

  test("an asymmetric α still solves Butler–Volmer: the η found reproduces j to 1 ppm", () => {
    const f = FARADAY / (GAS_CONSTANT * 298.15);
    const eta = butlerVolmerOverpotential(30, 2, 0.3, 298.15);
    const j = 2 * (Math.exp(0.3 * f * eta) - Math.exp(-0.7 * f * eta));
    expect(j).toBeCloseTo(30, 4);
  });

  test("Tafel approaches Butler–Volmer at high j/i₀ and fails near i₀", () => {
    const err = (ratio: number) => Math.abs(tafelOverpotential(ratio, 1, 0.5, 298.15) - butlerVolmerOverpotential(ratio, 1, 0.5, 298.15));
    expect(err(100)).toBeLessThan(1e-5); // j/i₀ = 100: within 0.01 mV
    expect(err(1000)).toBeLessThan(1e-6);
    expect(err(2)).toBeGreaterThan(5e-3);
    expect(tafelOverpotential(0.5, 1, 0.5, 298.15)).toBeLessThan(0); // below i₀ the logarithm turns negative
  });

  test.each([
    ["zero exchange current", 10, 0, 0.5, 298.15],
    ["α = 0", 10, 5, 0, 298.15],
    ["α = 1", 10, 5, 1, 298.15],
    ["zero temperature", 10, 5, 0.5, 0],
    ["NaN", NaN, 5, 0.5, 298.15],
    ["infinite j", Infinity, 5, 0.5, 298.15],
  ])("%s → NaN", (_l, j, i0, alpha, T) => {
    expect(tafelOverpotential(j, i0, alpha, T)).toBeNaN();
    expect(butlerVolmerOverpotential(j, i0, alpha, T)).toBeNaN();
  });

  test("j = 0: no Tafel value (ln 0), Butler–Volmer gives 0", () => {
    expect(tafelOverpotential(0, 5, 0.5, 298.15)).toBeNaN();
    expect(butlerVolmerOverpotential(0, 5, 0.5, 298.15)).toBeCloseTo(0, 9);
  });

  test("defaults in display units: 1 and 0.5 mA cm⁻² → η = 35.6 mV, η_BV = 45.3 mV", () => {
    const ev = evaluateWith("tafel");
    expect(ev.outputs.eta).toBeCloseTo(0.0356175, 6);
    expect(ev.outputs.etaBV).toBeCloseTo(0.0452895, 6);
    expect(ev.outputs.error).toBeCloseTo(0.0356175 - 0.0452895, 6);
  });
});

describeEdgeCases("tafel");
