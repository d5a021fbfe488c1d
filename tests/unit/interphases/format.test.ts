import { describe, it, expect } from "vitest";
import { cathodeLabel, formatCell, formatFigure, formatFull, formatLifetime, formatThickness } from "../../../src/interphases/format";

describe("formatFigure: a figure as printed", () => {
  it.each([
    [{ value: 0 }, "0"],
    [{ value: -0 }, "0"],
    [{ value: 0.25 }, "0.25"],
    [{ value: 1252, approx: true }, "~1252"], // never rounded to 3 figures
    [{ value: 15.8 }, "15.8"],
    [{ value: 4500, bound: "gt" as const }, ">4500"],
    [{ value: 500, bound: "gte" as const }, "≥500"],
    [{ value: 100, bound: "lt" as const }, "<100"],
    [{ value: 100, bound: "lte" as const, approx: true }, "≤\u2009~100"],
    [{ min: 0.5, max: 1, approx: true }, "~0.5–1"],
    [{ min: -40, max: 55 }, "−40 to 55"],
    [{ value: -1.1 }, "−1.1"],
    [{ value: 4.6, pm: 2.1, approx: true }, "~4.6 ± 2.1"],
    [{ value: 12000 }, "12\u202F000"],
    [{ value: Number.NaN }, "—"],
    [{ value: Number.POSITIVE_INFINITY }, "—"],
  ])("%j → %s", (q, text) => {
    expect(formatFigure(q)).toBe(text);
  });

  it("adds unit, phase and comparison", () => {
    expect(formatFull({ value: 9.4, approx: true, of: "Na₃OCl" }, "GPa")).toBe("~9.4\u00A0GPa (Na₃OCl)");
    expect(formatFull({ value: 8.6, approx: true, vs: { value: 3.4, approx: true, of: "sodium" } }, "GPa")).toBe(
      "~8.6\u00A0GPa, against ~3.4\u00A0GPa for sodium",
    );
  });
});

describe("formatThickness", () => {
  it("shows micrometre figures in µm again and small ones in nm", () => {
    expect(formatThickness({ min: 2000, max: 12000, approx: true })).toBe("~2–12\u00A0µm");
    expect(formatThickness({ value: 650, approx: true })).toBe("~650\u00A0nm");
    expect(formatThickness({ value: 1670, approx: true })).toBe("~1.67\u00A0µm");
    expect(formatThickness({ value: 3.5, approx: true })).toBe("~3.5\u00A0nm");
  });
});

describe("cells and lifetimes", () => {
  it.each([
    [{ cell: "symmetric" as const }, "Na‖Na symmetric"],
    [{ cell: "half" as const }, "half"],
    [{ cell: "full" as const }, "full"],
    [{ cell: "full" as const, cathode: "Na₃V₂(PO₄)₃ (NVP)" }, "full (NVP)"],
    [{ cell: "full" as const, cathode: "I₂ (Na–I₂ cell)" }, "full (I₂)"],
    [{ cell: "asymmetric" as const }, "asymmetric"],
  ])("%j → %s", (test, text) => {
    expect(formatCell(test)).toBe(text);
  });
  it("cathodeLabel keeps a plain name", () => {
    expect(cathodeLabel("Prussian blue")).toBe("Prussian blue");
  });
  it("formatLifetime", () => {
    expect(formatLifetime({ value: 250, unit: "h", bound: "gt" })).toBe(">250\u00A0h");
    expect(formatLifetime({ value: 150, unit: "cycles", approx: true })).toBe("~150\u00A0cycles");
  });
});
