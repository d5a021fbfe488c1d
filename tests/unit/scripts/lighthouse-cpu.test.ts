import { describe, expect, it } from "vitest";
import { calibratedSlowdown } from "../../../scripts/lighthouse-cpu.mjs";

describe("calibratedSlowdown", () => {
  it.each([
    // The calculator's anchor points: 150 → 1×, 800 → 2×, 1300 → 3×, 1533 → 4×, 2000 → 6×.
    [150, 1],
    [800, 2],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2000, 6],
    // Between them, straight lines: 1050 is halfway from 800 to 1300, so 2.5×; 475 halfway from 150 to 800, 1.5×.
    [1050, 2.5],
    [475, 1.5],
    // This machine's indices in one bench run (855 and 974): 2 + 55/500 and 2 + 174/500.
    [855, 2.11],
    [974, 2.35],
    // Slower than the phone itself: no slowdown at all.
    [100, 1],
  ])("benchmarkIndex %d → %d×", (index, multiplier) => expect(calibratedSlowdown(index)).toBe(multiplier));

  it("refuses what is not an index", () => {
    for (const bad of [NaN, 0, -5, Infinity]) expect(() => calibratedSlowdown(bad)).toThrow(/not a benchmarkIndex/);
  });
});
