import { describe, expect, test } from "vitest";
import { sandCurrent } from "@src/models/sand-current";
import { sandTime } from "@src/models/sand-time";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// j_Sand = (πD/4)(zFC₀/(1 − t₊))²/Q. SI: Q in C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²) → A m⁻².
describe("current density at which Sand's time equals the charge time", () => {
  test.each([
    // D, C0, t+, Q, expected (A m⁻²)
    // πD/4 = 1.570 796e-10; zFC₀/(1 − t₊) = 9.648 533e7 / 0.55 = 1.754 279e8, squared 3.077 494e16; product 4.834 116e6; / 36 000 = 134.281
    [2e-10, 1000, 0.45, 36_000, 134.281],
    // five times the capacity, a fifth of the current: 4.834 116e6 / 180 000 = 26.856
    [2e-10, 1000, 0.45, 180_000, 26.856],
  ])("D=%s C0=%s t+=%s Q=%s → %s A m⁻²", (D, C0, tplus, Q, expected) => {
    expect(sandCurrent(D, C0, tplus, Q)).toBeCloseTo(expected, 2);
  });

  test("at j_Sand, Sand's time and the charge time Q/j agree: 36 000 / 134.281 = 268.09 s", () => {
    const j = sandCurrent(2e-10, 1000, 0.45, 36_000);
    expect(sandTime(2e-10, 1000, 0.45, j)).toBeCloseTo(36_000 / j, 6);
    expect(36_000 / j).toBeCloseTo(268.09, 1);
  });

  test.each([
    ["Q = 0", 2e-10, 1000, 0.45, 0],
    ["negative Q", 2e-10, 1000, 0.45, -1],
    ["t₊ = 1", 2e-10, 1000, 1, 36_000],
    ["NaN D", NaN, 1000, 0.45, 36_000],
    ["infinite Q", 2e-10, 1000, 0.45, Infinity],
  ])("%s → NaN", (_label, D, C0, tplus, Q) => {
    expect(sandCurrent(D, C0, tplus, Q)).toBeNaN();
  });

  test("display units: 1 mAh cm⁻² at the defaults → 134.281 A m⁻² (13.4 mA cm⁻²)", () => {
    expect(evaluateWith("sand-current", { Q: "1" }).outputs.jSand).toBeCloseTo(134.281, 2);
  });
});

describeEdgeCases("sand-current");
