/**
 * Solving a problem at build time: each step is one evaluation of an equation's calculator, exactly as the
 * calculator evaluates the same inputs from a link, so the answer equals what the linked calculator shows. The
 * worked solution is generated from the definitions: each relation, the same relation with the values in its
 * symbols' places, and the result.
 */
import { getEquation } from "../models";
import type { Constant, EquationDefinition, InputVariable, OutputVariable } from "../models/types";
import { evaluate } from "../lib/evaluate";
import { UNITS, fromSI, type Unit } from "../lib/units";
import { formatForInput, formatTex } from "../lib/format";
import { writeState } from "../lib/url-state";
import { mentions, sameSymbol, splitRelation, substitute, unresolvedSymbols, type Substitution } from "./tex";
import type { Problem, ProblemStep } from "./schema";

/** Significant figures of substituted inputs and constants (trailing zeros are dropped), and of intermediate results. */
const INPUT_DIGITS = 6;
const INTERMEDIATE_DIGITS = 4;

export type InputOrigin =
  | { kind: "given"; source: string }
  | { kind: "default"; source: string }
  | { kind: "previous"; from: string; /** 1-based */ step: number };

export interface InputLine {
  variable: InputVariable;
  /** The value in the display unit, as it goes into the calculator and its link. */
  display: number;
  /** The value in the unit it is substituted in: SI, or the variable's `substituteIn`. */
  substituted: number;
  /** That unit's label; empty for a pure number. */
  substitutedUnit: string;
  origin: InputOrigin;
}

export interface DerivedLine {
  output: OutputVariable;
  /** The relation, as TeX: `t_{\text{Sand}} = \frac{\pi D}{4}…`. */
  formula: string;
  /** The same right-hand side with the values in place, as TeX continuing the relation: `= \frac{\pi (2 \times 10^{-10})}{4}…`. */
  substituted: string;
  /** The result in SI, as TeX continuing the relation: `= 1930\ \mathrm{s}`. */
  result: string;
  /** In SI. */
  value: number;
}

export interface SolvedStep {
  def: EquationDefinition;
  inputs: InputLine[];
  /** The constants the relations of this step contain. */
  constants: Constant[];
  lines: DerivedLine[];
  /** Every input and output of the calculator, in SI. */
  si: Record<string, number>;
  outputs: Record<string, number>;
  /** The calculator with this step's inputs, as a site path without the base: `equations/<slug>/?…#eq-<slug>`. */
  calculatorPath: string;
  /** True when a relation of this step is the corrected form of one the review prints wrongly. */
  corrected: boolean;
}

export interface SolvedProblem {
  problem: Problem;
  steps: SolvedStep[];
  /** The equation whose output is asked for: the problem appears under it. */
  def: EquationDefinition;
  output: OutputVariable;
  /** In SI: what the calculator of the last step shows for its inputs. */
  answer: number;
  /** The unit the answer is asked in, then the other units the reader may choose. */
  units: Unit[];
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A unit as TeX after a result: "A m⁻²" → `\ \mathrm{A\,m^{-2}}`; nothing for a pure number. */
export function unitTex(unit: string): string {
  if (!unit || unit === "1") return "";
  const body = unit
    .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => `^{${[...m].map((c) => (c === "⁻" ? "-" : String(SUPERSCRIPT_DIGITS.indexOf(c)))).join("")}}`)
    .replaceAll("Ω", String.raw`{\Omega}`)
    .replaceAll("µ", String.raw`{\mu}`)
    .replace(/ +/g, String.raw`\,`);
  return String.raw`\ \mathrm{${body}}`;
}

/**
 * The relation that gives an output: its own `latex`, or, when its symbol is the equation's left-hand side,
 * the equation itself (in its corrected form where the review's is wrong).
 */
export function relationOf(def: EquationDefinition, output: OutputVariable): string | undefined {
  if (output.latex) return output.latex;
  const form = def.erratum?.correctedLatex ?? def.latex;
  const parts = splitRelation(form);
  return parts && output.tex && sameSymbol(parts.lhs, output.tex) ? form : undefined;
}

/** The units of the same dimension as `unit` (dimensionless units are not interchangeable), `unit` first. */
export function unitChoices(unit: Unit): Unit[] {
  if (unit.si === "1") return [unit];
  const same = Object.values(UNITS).filter((u) => u.si === unit.si && u !== unit);
  return [unit, ...same];
}

function unitByKey(key: string, where: string): Unit {
  const unit = (UNITS as Record<string, Unit>)[key];
  if (!unit) throw new Error(`${where}: unknown unit "${key}". Known: ${Object.keys(UNITS).join(", ")}`);
  return unit;
}

/** Derives `target` and, first, the outputs its relation uses; appends them to `lines` in order. */
function derive(def: EquationDefinition, target: OutputVariable, si: Record<string, number>, outputs: Record<string, number>, lines: DerivedLine[], where: string): void {
  if (lines.some((l) => l.output.name === target.name)) return;
  const calc = def.calculator;
  const formula = relationOf(def, target);
  const parts = formula ? splitRelation(formula) : undefined;
  if (!formula || !parts || !target.tex) {
    throw new Error(`${where}: ${def.slug}.${target.name} has no relation to show (give the output \`tex\` and \`latex\` in src/models/${def.slug}.ts)`);
  }
  for (const other of calc.outputs) {
    if (other !== target && other.tex && mentions(parts.rhs, other.tex)) derive(def, other, si, outputs, lines, where);
  }
  const values: Substitution[] = [
    ...calc.inputs.flatMap((v) => (v.tex ? [{ tex: v.tex, value: formatTex(v.substituteIn ? fromSI(si[v.name]!, v.substituteIn) : si[v.name]!, INPUT_DIGITS) }] : [])),
    ...(calc.constants ?? []).map((c) => ({ tex: c.tex, value: formatTex(c.value, INPUT_DIGITS) })),
    ...lines.map((l) => ({ tex: l.output.tex!, value: formatTex(l.value, INTERMEDIATE_DIGITS) })),
  ];
  const rhs = substitute(parts.rhs, values);
  const missing = unresolvedSymbols(rhs);
  if (missing.length) throw new Error(`${where}: no value for ${missing.join(", ")} in the relation of ${def.slug}.${target.name}`);
  const value = outputs[target.name]!;
  const rel = parts.relation;
  lines.push({
    output: target,
    formula,
    substituted: `${rel} ${rhs}`,
    result: `${rel} ${formatTex(value, target.digits ?? 3)}${unitTex(target.unit.si)}`,
    value,
  });
}

type Where = string;

/** Where one input of a step comes from, and its value in the display unit. */
function origin(variable: InputVariable, spec: ProblemStep, earlier: readonly SolvedStep[], where: Where): { display: number; origin: InputOrigin } {
  const given = spec.given[variable.name];
  if (given) return { display: given.value, origin: { kind: "given", source: given.source } };
  const ref = spec.from[variable.name];
  if (!ref) return { display: variable.default, origin: { kind: "default", source: variable.source } };
  const [slug, outputName] = ref.split(".") as [string, string];
  const step = [...earlier].reverse().find((s) => s.def.slug === slug);
  const output = step?.def.calculator.outputs.find((o) => o.name === outputName);
  if (!step || !output) throw new Error(`${where}: "${ref}" is not an output of an earlier step`);
  if (output.unit.si !== variable.unit.si) throw new Error(`${where}: ${ref} is in ${output.unit.si}, but input "${variable.name}" needs ${variable.unit.si}`);
  // Through the same text a link carries, so the linked calculator computes with exactly this value.
  const display = Number(formatForInput(fromSI(step.outputs[outputName]!, variable.unit)));
  return { display, origin: { kind: "previous", from: ref, step: earlier.indexOf(step) + 1 } };
}

/** One step evaluated as its calculator evaluates the same inputs from a link. */
function evaluateStep(spec: ProblemStep, earlier: readonly SolvedStep[], where: Where): SolvedStep {
  const def = getEquation(spec.equation);
  const calc = def.calculator;
  const names = new Set(calc.inputs.map((v) => v.name));
  for (const name of [...Object.keys(spec.given), ...Object.keys(spec.from)]) {
    if (!names.has(name)) throw new Error(`${where}: ${def.slug} has no input "${name}". Inputs: ${[...names].join(", ")}`);
    if (name in spec.given && name in spec.from) throw new Error(`${where}: input "${name}" is both given and taken from an earlier step`);
  }
  if (earlier.length > 0 && Object.keys(spec.from).length === 0) throw new Error(`${where}: a later step must take at least one input from an earlier step`);

  const resolved = calc.inputs.map((variable) => ({ variable, ...origin(variable, spec, earlier, where) }));
  const raw = Object.fromEntries(resolved.map((r) => [r.variable.name, formatForInput(r.display)]));
  const ev = evaluate(calc, raw);
  const bad = Object.entries(ev.fields).flatMap(([name, f]) => (f.ok ? [] : [`${name} = ${raw[name]}: ${f.message}`]));
  if (bad.length) throw new Error(`${where}: ${bad.join("; ")}`);

  const inputs = resolved.map((r): InputLine => {
    const unit = r.variable.substituteIn;
    const si = ev.si[r.variable.name]!;
    return {
      ...r,
      substituted: unit ? fromSI(si, unit) : si,
      substitutedUnit: unit ? unit.label : r.variable.unit.si === "1" ? "" : r.variable.unit.si,
    };
  });
  const state = writeState("", def.slug, Object.fromEntries(resolved.map((r) => [r.variable.name, r.display])));
  return { def, inputs, constants: [], lines: [], si: ev.si, outputs: ev.outputs, calculatorPath: `equations/${def.slug}/${state}#eq-${def.slug}`, corrected: false };
}

/** Adds a step's working: the outputs `wanted` and what their relations use, the constants they contain, any correction. */
function explainStep(step: SolvedStep, wanted: ReadonlySet<string>, where: Where): void {
  if (wanted.size === 0) throw new Error(`${where}: no later step uses a result of ${step.def.slug}`);
  for (const name of wanted) derive(step.def, step.def.calculator.outputs.find((o) => o.name === name)!, step.si, step.outputs, step.lines, where);
  const rhs = step.lines.map((l) => splitRelation(l.formula)!.rhs);
  step.constants = (step.def.calculator.constants ?? []).filter((c) => rhs.some((r) => mentions(r, c.tex)));
  step.corrected = Boolean(step.def.erratum && step.lines.some((l) => l.formula !== step.def.latex));
}

/** The unit the answer is asked in, then the others the reader may choose. */
function answerUnits(problem: Problem, output: OutputVariable): Unit[] {
  const where = `problem "${problem.id}"`;
  const asked = problem.find.unit ? unitByKey(problem.find.unit, where) : output.unit;
  const units = problem.find.units
    ? [asked, ...problem.find.units.map((k) => unitByKey(k, where)).filter((u) => u !== asked)]
    : unitChoices(asked);
  for (const u of units) if (u.si !== output.unit.si) throw new Error(`${where}: unit ${u.label} does not measure ${output.unit.si}`);
  return units;
}

/** Solves one validated problem; throws, naming the problem and the step, when it does not fit the models. */
export function solveProblem(problem: Problem): SolvedProblem {
  const steps: SolvedStep[] = [];
  problem.steps.forEach((spec, i) => steps.push(evaluateStep(spec, steps, `problem "${problem.id}", step ${i + 1}`)));

  const last = steps.at(-1)!;
  const output = last.def.calculator.outputs.find((o) => o.name === problem.find.output);
  if (!output) throw new Error(`problem "${problem.id}": ${last.def.slug} has no output "${problem.find.output}"`);
  steps.forEach((step, i) => {
    // What a step must show: the outputs later steps take, and for the last step the asked output.
    const taken = problem.steps.slice(i + 1).flatMap((s) => Object.values(s.from)).filter((r) => r.startsWith(`${step.def.slug}.`));
    const wanted = new Set(taken.map((r) => r.split(".")[1]!));
    if (step === last) wanted.add(output.name);
    explainStep(step, wanted, `problem "${problem.id}", step ${i + 1}`);
  });

  const answer = last.outputs[output.name]!;
  if (!Number.isFinite(answer) || answer === 0) throw new Error(`problem "${problem.id}": the answer is ${answer}; ask for a finite, non-zero quantity`);
  return { problem, steps, def: last.def, output, answer, units: answerUnits(problem, output) };
}
