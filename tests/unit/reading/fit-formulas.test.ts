import { describe, expect, test } from "vitest";
import { fitScale } from "../../../src/reading/fit-formulas";

describe("fitScale", () => {
  test.each([
    ["a formula that fits keeps its size", 200, 250, 1],
    ["exactly the column's width", 250, 250, 1],
    ["twice the column: half size", 500, 250, 0.5],
    ["rounded down, so the scaled formula never overshoots: 250/345 = 0.72463…", 345, 250, 0.724],
    ["not measured yet (0 wide)", 0, 250, 1],
    ["hidden column (0 wide)", 300, 0, 1],
    ["NaN from a detached element", NaN, 250, 1],
    ["negative widths are not measurements", -10, 250, 1],
    ["an infinite formula is not a measurement either", Infinity, 250, 1],
  ])("%s", (_, natural, column, scale) => {
    expect(fitScale(natural, column)).toBe(scale);
  });
});
