import { describe, expect, test } from "vitest";
import { formatDate, formatDuration, formatForInput, formatNumber, formatQuantity, formatTex, formatTick, NO_VALUE } from "@src/lib/format";
import { UNITS } from "@src/lib/units";

const NNBSP = "\u202F"; // narrow no-break space between digit groups
const NBSP = "\u00A0"; // between number and unit

describe("formatNumber", () => {
  test.each([
    // value, digits, expected
    [0, 3, "0"],
    [-0, 3, "0"],
    [NaN, 3, NO_VALUE],
    [Infinity, 3, NO_VALUE],
    [-Infinity, 3, NO_VALUE],
    [1.5, 3, "1.5"], // trailing zeros dropped, not "1.50"
    [-0.5, 3, "−0.5"], // U+2212, not a hyphen
    [1234, 3, "1230"], // four digits: no group separator
    [40632.7, 3, `40${NNBSP}600`],
    [48342.3, 3, `48${NNBSP}300`],
    [0.001, 3, "0.001"], // the smallest value written without a power of ten
    [0.000999, 3, "9.99 × 10⁻⁴"],
    [1e-6, 3, "10⁻⁶"], // a bare power of ten
    [-2.5e-7, 3, "−2.5 × 10⁻⁷"],
    [999999.6, 3, "10⁶"], // rounds up across the threshold
    [1234567, 3, "1.23 × 10⁶"],
    [1165.84, 4, "1166"],
    [99.9, 5, "99.9"],
  ])("formatNumber(%s, %i) = %s", (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  test("never prints NaN or Infinity", () => {
    for (const v of [NaN, Infinity, -Infinity, 1 / 0, 0 / 0]) expect(formatNumber(v)).not.toMatch(/NaN|Infinity/);
  });
});

describe("formatQuantity", () => {
  test.each([
    [48342.3, UNITS.s, `48${NNBSP}300${NBSP}s`],
    [1.5, UNITS.mA_cm2, `1.5${NBSP}mA cm⁻²`],
    [0.29, UNITS.none, "0.29"], // dimensionless: no unit
    [NaN, UNITS.mV, NO_VALUE], // no unit after the dash
    [-Infinity, UNITS.mV, NO_VALUE],
  ])("formatQuantity(%s) = %s", (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });
});

describe("formatForInput (what goes into fields and links)", () => {
  test.each([
    [0, "0"],
    [-0, "0"],
    [2e-6, "2e-6"],
    [1e8, "1e8"],
    [1.5e-10, "1.5e-10"],
    [0.1 + 0.2, "0.3"], // floating-point noise removed
    [96485.33, "96485.33"],
    [-3, "-3"], // ASCII minus: it must parse back
    [298.15, "298.15"],
    [NaN, ""],
    [Infinity, ""],
  ])("formatForInput(%s) = %s", (value, expected) => {
    expect(formatForInput(value)).toBe(expected);
  });
});

describe("formatTick", () => {
  test.each([
    [1e-6, "10⁻⁶"],
    [1e4, "10⁴"],
    [1e-3, "0.001"],
    [100, "100"],
    [0.2, "0.2"],
    [2000, "2000"],
    [-1e-5, "−10⁻⁵"],
    [0, "0"],
    [NaN, ""],
  ])("formatTick(%s) = %s", (value, expected) => {
    expect(formatTick(value)).toBe(expected);
  });
});

describe("formatDate", () => {
  test.each([
    // ISO instant, expected: day month year in UTC, whatever the machine's zone
    ["2026-11-26T23:26:20Z", "26 November 2026"],
    ["2026-11-26T23:26:20-05:00", "27 November 2026"], // 04:26 UTC the next day
    ["1970-01-01T00:00:00Z", "1 January 1970"], // time 0
    ["2024-02-29T12:00:00Z", "29 February 2024"], // leap day
  ])("formatDate(%s) = %s", (iso, expected) => {
    expect(formatDate(new Date(iso))).toBe(expected);
  });

  test.each([[NaN], [Infinity], [-Infinity]])("an invalid date (%s) reads as %s", (time) => {
    expect(formatDate(new Date(time))).toBe(NO_VALUE);
  });
});

describe("formatDuration", () => {
  const nb = "\u00A0";
  test.each([
    [45, `45${nb}s`],
    [150, `2.5${nb}min`], // 150 / 60
    [1800, `30${nb}min`],
    [12_085.29, `3.4${nb}h`], // 12 085.29 / 3600 = 3.357
    [4 * 86_400, `4${nb}days`],
    [0, `0${nb}s`],
    [-1, "—"],
    [NaN, "—"],
    [Infinity, "—"],
  ])("formatDuration(%s) = %s", (value, expected) => {
    expect(formatDuration(value)).toBe(expected);
  });
});

describe("formatTex (numbers substituted into formulas)", () => {
  test.each([
    // value, digits, expected TeX; the same rounding as formatNumber
    [0, 3, "0"],
    [-0, 3, "0"],
    [1.5, 3, "1.5"],
    [-0.5, 3, "-0.5"], // TeX draws a hyphen in math as a minus
    [40632.7, 3, String.raw`40\,600`], // thin space between digit groups
    [96485.33212, 6, String.raw`96\,485.3`],
    [1234, 3, "1230"],
    [2e-10, 6, String.raw`2 \times 10^{-10}`],
    [1e-6, 3, "10^{-6}"], // a bare power of ten
    [-2.5e-7, 3, String.raw`-2.5 \times 10^{-7}`],
    [1234567, 3, String.raw`1.23 \times 10^{6}`],
    [NaN, 3, String.raw`\text{—}`],
    [Infinity, 3, String.raw`\text{—}`],
  ])("formatTex(%s, %i) = %s", (value, digits, expected) => {
    expect(formatTex(value, digits)).toBe(expected);
  });
});
