import { describe, expect, test } from "vitest";
import { arealCapacity, currentDensity } from "@src/models/c-rate";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

describe("current density from C-rate", () => {
  test.each([
    // r (h⁻¹), loading (mg cm⁻²), capacity (mAh g⁻¹), Q_A (mAh cm⁻²), j (mA cm⁻²)
    ["1", "10", "150", 1.5, 1.5], // the review's example: 10 × 150 / 1000 = 1.5 mAh cm⁻², × 1 h⁻¹ = 1.5 mA cm⁻²
    ["2", "10", "150", 1.5, 3], // 2C doubles it
    ["0.5", "20", "120", 2.4, 1.2], // 20 × 120 / 1000 = 2.4; × 0.5 = 1.2
    ["0.01", "10", "150", 1.5, 0.015], // the lowest accepted rate, C/100: 1.5 × 0.01
  ])("r=%s, %s mg cm⁻², %s mAh g⁻¹ → Q_A %s mAh cm⁻², j %s mA cm⁻²", (r, loading, capacity, QA, j) => {
    const ev = evaluateWith("c-rate", { r, loading, capacity });
    expect(ev.outputs.QA! / 36_000).toBeCloseTo(QA, 10); // C m⁻² → mAh cm⁻²: ÷ 36 000
    expect(ev.outputs.j! / 10).toBeCloseTo(j, 10); // A m⁻² → mA cm⁻²: ÷ 10
  });

  test("SI check of the example: 0.1 kg m⁻² × 540 000 C kg⁻¹ = 54 000 C m⁻²; × (1/3600) s⁻¹ = 15 A m⁻²", () => {
    expect(arealCapacity(0.1, 540_000)).toBeCloseTo(54_000, 6);
    expect(currentDensity(1 / 3600, 54_000)).toBeCloseTo(15, 9);
  });

  test("the example sits in the moderate regime; 2C is fast charging", () => {
    expect(evaluateWith("c-rate").notes[0]!.text).toContain("moderate");
    expect(evaluateWith("c-rate", { r: "2" }).notes[0]!.text).toContain("fast charging");
  });

  test.each([
    ["negative loading", -0.1, 540_000],
    ["NaN capacity", 0.1, NaN],
    ["infinite loading", Infinity, 540_000],
  ])("%s → NaN", (_l, loading, capacity) => {
    expect(arealCapacity(loading, capacity)).toBeNaN();
  });
});

describeEdgeCases("c-rate");
