import { describe, expect, test } from "vitest";
import { creepRate } from "@src/models/creep";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// ε̇ = A (σ/1 MPa)ⁿ exp(−Q/RT). At 298.15 K, RT = 8.314462618 × 298.15 = 2478.957 J mol⁻¹;
// Q/RT = 43 000 / 2478.957 = 17.34600; exp(−17.34600) = 2.92904e-8.
describe("Norton creep with an Arrhenius term", () => {
  test.each([
    // A (s⁻¹), σ (Pa), n, Q (J mol⁻¹), T (K), ε̇ (s⁻¹)
    [1e8, 0.2e6, 5, 43_000, 298.15, 9.37294e-4], // 1e8 × 0.2⁵ (3.2e-4) × 2.92904e-8
    [1e8, 0.4e6, 5, 43_000, 298.15, 2.99934e-2], // doubling σ multiplies by 2⁵ = 32
    [1e8, 1e6, 5, 0, 298.15, 1e8], // no activation barrier, σ = 1 MPa: ε̇ = A
    [1e8, 0, 5, 43_000, 298.15, 0], // no stress, no creep
  ])("A=%s σ=%s n=%s Q=%s T=%s → %s", (A, sigma, n, Q, T, expected) => {
    const got = creepRate(A, sigma, n, Q, T);
    if (expected === 0) expect(got).toBe(0);
    else expect(got / expected).toBeCloseTo(1, 5);
  });

  test("temperature: from 298.15 K to 253.15 K the rate falls by exp(−(43 000/8.314463)(5.96211e-4)) = exp(−3.08343) = 0.045802", () => {
    const ratio = creepRate(1e8, 0.2e6, 5, 43_000, 253.15) / creepRate(1e8, 0.2e6, 5, 43_000, 298.15);
    expect(ratio).toBeCloseTo(Math.exp(-(43_000 / 8.314462618) * (1 / 253.15 - 1 / 298.15)), 10);
    expect(ratio).toBeCloseTo(0.045802, 5);
  });

  test("defaults give T/T_m = 298.15 / 370.94 = 0.8038, the review's ≈ 0.8", () => {
    const ev = evaluateWith("creep");
    expect(ev.outputs.homologous).toBeCloseTo(0.80377, 4);
    expect(ev.outputs.rate).toBeCloseTo(9.37294e-4, 8);
  });

  test.each([
    ["at the melting point", 1e8, 0.2e6, 5, 43_000, 370.94],
    ["negative stress", 1e8, -0.2e6, 5, 43_000, 298.15],
    ["n = 0", 1e8, 0.2e6, 0, 43_000, 298.15],
    ["zero temperature", 1e8, 0.2e6, 5, 43_000, 0],
    ["NaN", NaN, 0.2e6, 5, 43_000, 298.15],
    ["infinite stress", 1e8, Infinity, 5, 43_000, 298.15],
  ])("%s → NaN", (_l, A, sigma, n, Q, T) => {
    expect(creepRate(A, sigma, n, Q, T)).toBeNaN();
  });
});

describeEdgeCases("creep");
