/**
 * Bad-input behaviour every calculator shares, run from each model's test file: empty, non-numeric,
 * negative, zero, out-of-range, NaN and infinite inputs give a message or NaN, never a number or an exception.
 */
import { describe, expect, test } from "vitest";
import { getEquation } from "@src/models";
import { evaluate } from "@src/calculators/evaluate";
import { formatForInput } from "@src/lib/format";

export function defaultsOf(slug: string): Record<string, string> {
  return Object.fromEntries(getEquation(slug).calculator.inputs.map((v) => [v.name, formatForInput(v.default)]));
}

/** Evaluates with display-unit overrides of the defaults (raw strings, as typed). */
export function evaluateWith(slug: string, overrides: Record<string, string> = {}) {
  return evaluate(getEquation(slug).calculator, { ...defaultsOf(slug), ...overrides });
}

export function describeEdgeCases(slug: string): void {
  const calc = getEquation(slug).calculator;
  const allNaN = (out: Record<string, number>) => Object.values(out).every((v) => Number.isNaN(v));

  describe(`${slug}: bad input`, () => {
    test("defaults are valid and give finite results", () => {
      const ev = evaluateWith(slug);
      expect(Object.values(ev.fields).every((f) => f.ok)).toBe(true);
      for (const o of calc.outputs) expect(Number.isFinite(ev.outputs[o.name]), o.name).toBe(true);
    });

    const cases: [string, string, string][] = [];
    for (const v of calc.inputs) {
      cases.push([v.name, "", "Enter a number"], [v.name, "abc", "Not a number"], [v.name, "NaN", "Not a number"], [v.name, "Infinity", "Not a number"]);
      cases.push([v.name, formatForInput(v.max * 10 + 1), "Outside"]);
      if (v.min >= 0) cases.push([v.name, "-1", "negative"]);
      if (v.minExclusive) cases.push([v.name, formatForInput(v.min), "greater than"]);
      else if (v.min > 0) cases.push([v.name, formatForInput(v.min / 2), "Outside"]);
    }
    test.each(cases)("%s = %j is refused (%s…) and every result is NaN", (name, raw, fragment) => {
      const ev = evaluateWith(slug, { [name]: raw });
      const field = ev.fields[name]!;
      expect(field.ok).toBe(false);
      if (!field.ok) expect(field.message).toContain(fragment);
      expect(allNaN(ev.outputs)).toBe(true);
      expect(ev.notes).toEqual([]);
    });

    test("compute gives NaN, not a number or an exception, for NaN and infinite SI inputs", () => {
      for (const bad of [NaN, Infinity, -Infinity]) {
        const si = Object.fromEntries(calc.inputs.map((v) => [v.name, bad]));
        expect(allNaN(calc.compute(si))).toBe(true);
      }
    });

    test("the chart keeps its panels and axes when every input is invalid", () => {
      const si = Object.fromEntries(calc.inputs.map((v) => [v.name, NaN]));
      const out = Object.fromEntries(calc.outputs.map((o) => [o.name, NaN]));
      const panels = calc.chart(si, out);
      expect(panels.length).toBeGreaterThan(0);
      for (const p of panels) expect(p.x.label).toBeTruthy();
    });

    test("every preset names only real inputs and stays within their ranges", () => {
      for (const p of calc.presets) {
        for (const [name, value] of Object.entries(p.values)) {
          const v = calc.inputs.find((i) => i.name === name);
          expect(v, `${p.name}: ${name}`).toBeDefined();
          expect(value >= v!.min && value <= v!.max && !(v!.minExclusive && value === v!.min), `${p.name}: ${name}=${value}`).toBe(true);
        }
      }
    });

    test("every default says where it comes from", () => {
      for (const v of calc.inputs) expect(v.source.length, v.name).toBeGreaterThan(10);
    });
  });
}
