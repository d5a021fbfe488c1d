/**
 * Bad-input behaviour every calculator shares, run from each model's test file: empty, non-numeric,
 * negative, zero, out-of-range, NaN and infinite inputs give a message or NaN, never a number or an exception.
 */
import { describe, expect, test } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { getEquation } from "@src/models";
import type { CalculatorHost } from "@src/models/types";
import { evaluate } from "@src/lib/evaluate";
import { BUILD_WIDTHS, renderChart } from "@src/calculators/chart";
import { formatForInput } from "@src/lib/format";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
/** Draws an evaluation's chart as the page would; throws where Plot would throw in the browser. */
function draw(ev: ReturnType<typeof evaluate>): void {
  renderChart(Plot, ev.panels, { document: document as unknown as Document, widths: BUILD_WIDTHS });
}

/** An equation by slug, or another calculator host (the limits page's) as it is. */
const hostOf = (host: string | CalculatorHost): CalculatorHost => (typeof host === "string" ? getEquation(host) : host);

export function defaultsOf(host: string | CalculatorHost): Record<string, string> {
  return Object.fromEntries(hostOf(host).calculator.inputs.map((v) => [v.name, formatForInput(v.default)]));
}

/** Evaluates with display-unit overrides of the defaults (raw strings, as typed). */
export function evaluateWith(host: string | CalculatorHost, overrides: Record<string, string> = {}) {
  return evaluate(hostOf(host).calculator, { ...defaultsOf(host), ...overrides });
}

export function describeEdgeCases(host: string | CalculatorHost): void {
  const { slug, calculator: calc } = hostOf(host);
  const allNaN = (out: Record<string, number>) => Object.values(out).every((v) => Number.isNaN(v));

  describe(`${slug}: bad input`, () => {
    test("defaults are valid and give finite results", () => {
      const ev = evaluateWith(host);
      expect(Object.values(ev.fields).every((f) => f.ok)).toBe(true);
      for (const o of calc.outputs) expect(Number.isFinite(ev.outputs[o.name]), o.name).toBe(true);
    });

    const cases: [string, string, string][] = [];
    for (const v of calc.inputs) {
      cases.push([v.name, "", "Enter a number"], [v.name, "abc", "Not a number"], [v.name, "NaN", "Not a number"], [v.name, "Infinity", "Not a number"]);
      cases.push([v.name, formatForInput(v.max * 10 + 1), "Outside"]);
      cases.push([v.name, "9".repeat(400), "Too large"]); // a number, but beyond any double
      if (v.min >= 0) cases.push([v.name, "-1", "negative"]);
      if (v.min > 0) cases.push([v.name, formatForInput(v.min / 2), "Outside"], [v.name, "1e-320", "Outside"]);
    }
    test.each(cases)("%s = %j is refused (%s…) and every result is NaN", (name, raw, fragment) => {
      const ev = evaluateWith(host, { [name]: raw });
      const field = ev.fields[name]!;
      expect(field.ok).toBe(false);
      if (!field.ok) expect(field.message).toContain(fragment);
      expect(allNaN(ev.outputs)).toBe(true);
      expect(ev.notes).toEqual([]);
    });

    // Issue 9, item 12: a value inside the range must give results and a chart, never "—" without a reason
    // or a chart that cannot be drawn. Zero is accepted only where it means something (a rate that is off).
    const extremes: [string, Record<string, string>][] = [];
    for (const v of calc.inputs) {
      extremes.push([`${v.name} at its lower bound`, { [v.name]: formatForInput(v.min) }], [`${v.name} at its upper bound`, { [v.name]: formatForInput(v.max) }]);
      if (v.min === 0) extremes.push([`${v.name} = 1e-320 (underflows in SI)`, { [v.name]: "1e-320" }], [`${v.name} = 5e-324`, { [v.name]: "5e-324" }]);
    }
    extremes.push(
      ["every input at its lower bound", Object.fromEntries(calc.inputs.map((v) => [v.name, formatForInput(v.min)]))],
      ["every input at its upper bound", Object.fromEntries(calc.inputs.map((v) => [v.name, formatForInput(v.max)]))],
    );
    test.each(extremes)("%s: finite results (or a message beside an input) and a drawable chart", (_label, overrides) => {
      const ev = evaluateWith(host, overrides);
      const refused = Object.values(ev.fields).filter((f) => !f.ok);
      if (refused.length === 0) for (const o of calc.outputs) expect(Number.isFinite(ev.outputs[o.name]), `${o.name} = ${ev.outputs[o.name]}`).toBe(true);
      else for (const f of refused) expect(f.ok ? "" : f.message).toMatch(/\w/);
      expect(() => draw(ev)).not.toThrow();
    });

    test("every lower bound is above zero unless zero is itself a meaningful value", () => {
      for (const v of calc.inputs) {
        if (v.min > 0) continue;
        const ev = evaluateWith(host, { [v.name]: "0" });
        expect(ev.fields[v.name]!.ok, `${v.name} = 0 is accepted`).toBe(true);
        for (const o of calc.outputs) expect(Number.isFinite(ev.outputs[o.name]), `${v.name} = 0 gives ${o.name} = ${ev.outputs[o.name]}`).toBe(true);
      }
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
          expect(value >= v!.min && value <= v!.max, `${p.name}: ${name}=${value}`).toBe(true);
        }
      }
    });

    test("every default says where it comes from", () => {
      for (const v of calc.inputs) expect(v.source.length, v.name).toBeGreaterThan(10);
    });
  });
}
