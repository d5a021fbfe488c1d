/**
 * A calculator at its default inputs, as the build renders it: the default input texts, their evaluation
 * and the chart as static SVG markup (trimmed by the chart code itself). The live calculator starts from it; the course pack prints it.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Calculator } from "../models/types";
import { formatForInput } from "../lib/format";
import { evaluate, type Evaluation } from "./evaluate";
import { BUILD_WIDTHS, renderChart } from "./chart";

export interface AtDefaults {
  /** Input name → the default as typed into its field. */
  defaults: Record<string, string>;
  result: Evaluation;
  /** The chart's static SVG (inside its wrapper element), coordinates rounded. */
  chartHtml: string;
}

/** `widths`: the drawings to make (name → width in px); by default a phone-sized and a column-sized one. */
export function atDefaults(calc: Calculator, widths: Readonly<Record<string, number>> = BUILD_WIDTHS): AtDefaults {
  const defaults = Object.fromEntries(calc.inputs.map((v) => [v.name, formatForInput(v.default)]));
  const result = evaluate(calc, defaults);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chartHtml = renderChart(Plot, result.panels, { document: document as unknown as Document, widths }).outerHTML;
  return { defaults, result, chartHtml };
}
