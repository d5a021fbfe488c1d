/**
 * A calculator at its default inputs, as the build renders it: the default input texts, their evaluation
 * and the chart as static SVG markup. The live calculator starts from it; the course pack prints it.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Calculator } from "../models/types";
import { formatForInput } from "../lib/format";
import { evaluate, type Evaluation } from "./evaluate";
import { renderChart } from "./chart";

export interface AtDefaults {
  /** Input name → the default as typed into its field. */
  defaults: Record<string, string>;
  result: Evaluation;
  /** The chart's static SVG (inside its wrapper element), coordinates rounded. */
  chartHtml: string;
}

/** Shortens Plot's coordinates to two decimals: the static chart is part of every page's HTML. */
const roundCoordinates = (html: string) =>
  html.replace(/(\s(?:d|transform|x|y|x1|x2|y1|y2|cx|cy|points)=")([^"]*)"/g, (_m, head: string, value: string) =>
    `${head}${value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
  );

export function atDefaults(calc: Calculator, width = 480): AtDefaults {
  const defaults = Object.fromEntries(calc.inputs.map((v) => [v.name, formatForInput(v.default)]));
  const result = evaluate(calc, defaults);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chartHtml = roundCoordinates(renderChart(Plot, result.panels, { document: document as unknown as Document, width }).outerHTML);
  return { defaults, result, chartHtml };
}
