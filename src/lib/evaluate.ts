/**
 * One evaluation of a calculator from the text of its inputs: validation, SI conversion, cross-checks,
 * results, notes and chart panels. The build (default inputs) and the browser (every change) both call it.
 */
import type { CalcNote, Calculator, ChartPanel, OutputVariable } from "../models/types";
import { checkInput, type Checked } from "./validate";
import { fromSI, toSI } from "./units";
import { NO_VALUE, formatQuantity } from "./format";

export interface Evaluation {
  /** Per input: the accepted display value, or the message to show beside it. */
  fields: Record<string, Checked>;
  /** Inputs in SI; NaN where invalid. */
  si: Record<string, number>;
  /** Results in SI; all NaN unless every input is valid. */
  outputs: Record<string, number>;
  notes: CalcNote[];
  panels: ChartPanel[];
}

export function evaluate(calc: Calculator, raw: Readonly<Record<string, string>>): Evaluation {
  const fields: Record<string, Checked> = {};
  const si: Record<string, number> = {};
  for (const v of calc.inputs) {
    const checked = checkInput(v, raw[v.name] ?? "");
    fields[v.name] = checked;
    si[v.name] = checked.ok ? toSI(checked.value, v.unit) : NaN;
  }
  let valid = Object.values(fields).every((f) => f.ok);
  if (valid && calc.check) {
    for (const problem of calc.check(si)) {
      fields[problem.input] = { ok: false, message: problem.message };
      valid = false;
    }
  }
  const outputs: Record<string, number> = valid
    ? calc.compute(si)
    : Object.fromEntries(calc.outputs.map((o) => [o.name, NaN]));
  const notes = valid && calc.notes ? calc.notes(si, outputs) : [];
  return { fields, si, outputs, notes, panels: calc.chart(si, outputs) };
}

/**
 * One result as the page shows it: the text, and `data-value` — the SI number, or the key of a case (a verdict);
 * empty when there is none. The build and the browser both write outputs with it.
 */
export function formatOutput(o: OutputVariable, value: number): { text: string; data: string } {
  if (o.cases) {
    const c = Number.isInteger(value) ? o.cases[value] : undefined;
    return c ? { text: c.label, data: c.key } : { text: NO_VALUE, data: "" };
  }
  return { text: formatQuantity(fromSI(value, o.unit), o.unit, o.digits), data: Number.isFinite(value) ? String(value) : "" };
}
