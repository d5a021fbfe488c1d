import { describe, it, expect } from "vitest";
import { csvField, csvFigure, interphaseCsv, toCsv, CSV_HEADER } from "../../../src/interphases/csv";
import { getInterphases, testCount } from "../../../src/interphases/records";
import { parseCsv, parseFigure } from "../../e2e/support/csv";

describe("csvField (RFC 4180)", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
    ["Na₃V₂(PO₄)₃ (NVP)", "Na₃V₂(PO₄)₃ (NVP)"],
    ["−40", "−40"],
  ])("%j → %j", (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv([["a", "b,c"], ["", '"']])).toBe('a,"b,c"\r\n,""""\r\n');
  });

  it("reads back exactly", () => {
    const rows = [["x", 'q"uote', "com,ma", "new\r\nline", ""]];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe("csvFigure", () => {
  it.each([
    [{ value: 2 }, "2"],
    [{ value: 4500, approx: true }, "~4500"],
    [{ value: 4500, bound: "gt" as const }, ">4500"],
    [{ value: 500, bound: "gte" as const }, ">=500"],
    [{ value: 100, bound: "lte" as const, approx: true }, "<=~100"],
    [{ min: 0.5, max: 1, approx: true }, "~0.5..1"],
    [{ min: -40, max: 55 }, "-40..55"],
    [{ value: 4.6, pm: 2.1, approx: true }, "~4.6+-2.1"],
    [{ value: 9.4, approx: true, of: "Na₃OCl" }, "~9.4 | of Na₃OCl"],
    [{ value: 8.6, vs: { value: 3.4, approx: true, of: "sodium" } }, "8.6 | vs ~3.4 sodium"],
    [undefined, ""],
  ])("%j → %s", (q, text) => {
    expect(csvFigure(q)).toBe(text);
    expect(parseFigure(text)).toEqual(q); // and the notation reads back
  });
});

describe("interphaseCsv", () => {
  const records = getInterphases();
  const csv = interphaseCsv(records);
  const rows = parseCsv(csv);

  it("has one row per test result and a header with units", () => {
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1 + testCount(records));
    expect(CSV_HEADER).toContain("current_density_mA_cm2");
    expect(CSV_HEADER).toContain("areal_capacity_mAh_cm2");
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it("repeats the record's fields on each of its rows", () => {
    const col = (name: string) => CSV_HEADER.indexOf(name);
    const sncl4 = rows.filter((r) => r[col("id")] === "nasn-nacl-sncl4");
    expect(sncl4.map((r) => r[col("test_index")])).toEqual(["0", "1", "2"]);
    expect(new Set(sncl4.map((r) => r[col("refs")]))).toEqual(new Set(["8"]));
    expect(sncl4[0]![col("lifetime")]).toBe("~4500");
    expect(sncl4[0]![col("lifetime_unit")]).toBe("h");
    expect(sncl4[0]![col("fast_charging")]).toBe("yes");
    expect(sncl4[2]![col("lifetime")]).toBe(">4500");
    expect(sncl4[2]![col("cumulative_capacity_mAh_cm2")]).toBe("9000");
  });
});
