import { describe, expect, test } from "vitest";
import { specificCapacity } from "@src/models/na-capacity";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// Q = zF/M; in mAh g⁻¹: 96 485.332 / (3.6 × M in g mol⁻¹). Volumetric: × density in g cm⁻³ gives mAh cm⁻³.
describe("theoretical capacity of alkali metals", () => {
  test.each([
    // M (g mol⁻¹), ρ (g cm⁻³), mAh g⁻¹, mAh cm⁻³
    ["22.99", "0.968", 1165.79, 1128.48], // Na: 96 485.332 / (3.6 × 22.99) = 1165.79 (the review's 1166); × 0.968
    ["6.94", "0.534", 3861.88, 2062.25], // Li: 96 485.332 / 24.984 = 3861.88; × 0.534
    ["39.0983", "0.862", 685.490, 590.892], // K: 96 485.332 / 140.754 = 685.490; × 0.862
  ])("M=%s, ρ=%s → %s mAh g⁻¹, %s mAh cm⁻³", (M, rho, qg, qv) => {
    const ev = evaluateWith("na-capacity", { M, rho });
    expect(ev.outputs.Qg! / 3600).toBeCloseTo(qg, 2); // C kg⁻¹ → mAh g⁻¹: ÷ 3600
    expect(ev.outputs.Qv! / 3.6e6).toBeCloseTo(qv, 2); // C m⁻³ → mAh cm⁻³: ÷ 3.6e6
  });

  test("z = 2 doubles the capacity", () => {
    expect(specificCapacity(0.02299, 2)).toBeCloseTo(2 * specificCapacity(0.02299), 6);
  });

  test.each([["zero molar mass", 0, 1], ["negative molar mass", -0.023, 1], ["z = 0", 0.023, 0], ["NaN", NaN, 1], ["infinite", Infinity, 1]])(
    "%s → NaN",
    (_l, M, z) => {
      expect(specificCapacity(M, z)).toBeNaN();
    },
  );
});

describeEdgeCases("na-capacity");
