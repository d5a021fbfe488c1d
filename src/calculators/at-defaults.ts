/**
 * A calculator at its default inputs, as the build renders it: the default input texts, their evaluation
 * and the chart as static SVG markup (trimmed by the chart code itself). The live calculator starts from it; the course pack prints it.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Calculator, DatasetLayer } from "../models/types";
import { formatForInput } from "../lib/format";
import { evaluate, type Evaluation } from "../lib/evaluate";
import { BUILD_WIDTHS, renderChart } from "./chart";

export interface AtDefaults {
  /** Input name → the default as typed into its field. */
  defaults: Record<string, string>;
  result: Evaluation;
  /** The chart's static SVG (inside its wrapper element), coordinates rounded. */
  chartHtml: string;
  /** The point layers the shown panels draw: only these need to travel to the browser. */
  usedLayers: Record<string, DatasetLayer>;
}

export interface DefaultsOptions {
  /** The drawings to make (name → width in px); by default a phone-sized and a column-sized one. */
  widths?: Readonly<Record<string, number>>;
  /** Only these chart panels, by index (an embed that shows the map alone); all when not given. */
  panels?: readonly number[];
  /** Point layers for panels that name a `dataset` (the page supplies them; models cannot). */
  layers?: Readonly<Record<string, DatasetLayer>>;
}

export function atDefaults(calc: Calculator, { widths = BUILD_WIDTHS, panels, layers }: DefaultsOptions = {}): AtDefaults {
  const defaults = Object.fromEntries(calc.inputs.map((v) => [v.name, formatForInput(v.default)]));
  const result = evaluate(calc, defaults);
  const shown = result.panels.filter((_p, i) => !panels || panels.includes(i));
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chartHtml = renderChart(Plot, shown, { document: document as unknown as Document, widths, layers }).outerHTML;
  const usedLayers = Object.fromEntries(
    Object.entries(layers ?? {}).filter(([name]) => shown.some((p) => p.kind === "line" && p.dataset === name)),
  );
  return { defaults, result, chartHtml, usedLayers };
}
