import { describe, expect, test } from "vitest";
import { judge, parseAnswer, unitFactors } from "@src/problems/check";

describe("parseAnswer reads numbers as readers type them", () => {
  test.each([
    ["1.5", 1.5],
    ["  42 ", 42],
    ["-0.2", -0.2],
    ["−0.2", -0.2], // typographic minus, as the site prints
    ["2e-6", 2e-6],
    ["4.06E4", 4.06e4],
    ["4.06 × 10^4", 4.06e4],
    ["4.06x10^-4", 4.06e-4],
    ["4.06*10**4", 4.06e4],
    ["4.06 × 10⁴", 4.06e4], // superscripts, as copied from the page
    ["10⁻⁶", 1e-6],
    ["10^{-6}", 1e-6],
    ["40 600", 40600], // digit groups with a space
    ["40\u202F600", 40600], // …or the narrow space the site prints
    ["1,234,567", 1234567],
    [".5", 0.5],
  ])("%j → %s", (text, expected) => {
    expect(parseAnswer(text)).toBeCloseTo(expected, 12);
  });

  test.each([[""], ["abc"], ["1,5"], ["1.2.3"], ["NaN"], ["Infinity"], ["1e999"], ["5 mV"], ["--3"]])("%j is not a number", (text) => {
    expect(parseAnswer(text)).toBeUndefined();
  });
});

describe("judge", () => {
  const answer = 1933.6; // s: Sand's time of the operando problem
  test.each([
    // entered (SI), tolerance, factors, verdict — why
    [1933.6, 0.02, [], "correct"], // exact
    [1950, 0.02, [], "correct"], // within 2 %
    [1900, 0.02, [], "correct"],
    [2000, 0.02, [], "wrong"], // 3.4 % off
    [19.34, 0.02, [], "unit"], // a factor 100 off: a power of ten
    [1.9336e6, 0.02, [], "unit"], // a factor 1000 off
    [1933.6 / 60, 0.02, [60], "unit"], // minutes typed where seconds were chosen
    [1933.6 * 3600 * 10, 0.02, [3600], "unit"], // a unit factor and a power of ten together
    [1933.6 / 3.6, 0.02, [3.6], "unit"], // mAh against coulombs
    [-1933.6, 0.02, [], "wrong"], // wrong sign, whatever the size
    [0, 0.02, [], "wrong"],
    [NaN, 0.02, [], "unreadable"],
    [Infinity, 0.02, [], "unreadable"],
    [700, 0.02, [60], "wrong"], // no factor explains it
  ])("%s s against %s s", (value, tolerance, factors, verdict) => {
    expect(judge(value, answer, tolerance, factors)).toBe(verdict);
  });

  test("negative answers: the same rules on the same side of zero", () => {
    expect(judge(-509, -509.17, 0.02)).toBe("correct");
    expect(judge(-5.09e-6, -509.17, 0.02)).toBe("unit");
    expect(judge(509, -509.17, 0.02)).toBe("wrong");
  });
});

describe("unitFactors", () => {
  test("ratios between the offered units, and 3.6 for mAh against C", () => {
    expect(new Set(unitFactors([1, 60, 3600]))).toEqual(new Set([3.6, 60, 3600])); // s, min, h
    expect(unitFactors([10])).toEqual([3.6]);
  });
});
