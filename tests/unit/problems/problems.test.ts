import { describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { equations, getEquation } from "@src/models";
import { loadProblems } from "@src/problems/load";
import { ProblemSchema, type Problem } from "@src/problems/schema";
import { solveProblem } from "@src/problems/solve";
import { evaluate } from "@src/lib/evaluate";
import { readState } from "@src/lib/url-state";
import { fromSI, toSI, UNITS, type Unit } from "@src/lib/units";
import { renderTex } from "@src/lib/katex";

const solved = loadProblems();
const chapters = readdirSync("content/chapters").filter((f) => f.endsWith(".mdx")).map((f) => f.replace(/\.mdx$/, ""));
const isMultiStep = (p: Problem) => new Set(p.steps.map((s) => s.equation)).size >= 2;

/** The answer recomputed straight from the models' compute functions: no evaluate(), no URL text, no problems code. */
function recompute(problem: Problem): number {
  const results = new Map<string, Record<string, number>>();
  let last: Record<string, number> = {};
  for (const step of problem.steps) {
    const calc = getEquation(step.equation).calculator;
    const si: Record<string, number> = {};
    for (const v of calc.inputs) {
      const given = step.given[v.name];
      const ref = step.from[v.name];
      if (given) si[v.name] = toSI(given.value, v.unit);
      else if (ref) si[v.name] = results.get(ref.split(".")[0]!)![ref.split(".")[1]!]!;
      else si[v.name] = toSI(v.default, v.unit);
    }
    last = calc.compute(si);
    results.set(step.equation, last);
  }
  return last[problem.find.output]!;
}

/** `x` rounded to as many significant figures as `written` shows ("2.49e-3" → 3, "600" → 1). */
function roundLike(x: number, written: number): number {
  const digits = written.toExponential().split("e")[0]!.replace(/[-.]/g, "").length;
  return Number(x.toPrecision(digits));
}

describe("the problem set", () => {
  test("every equation and relation has at least one problem asked about its own result", () => {
    const asked = new Set(solved.map((p) => p.def.slug));
    expect(equations.map((e) => e.slug).filter((slug) => !asked.has(slug))).toEqual([]);
  });

  test("at least 8 multi-step problems, chaining two or more equations", () => {
    expect(solved.filter((p) => isMultiStep(p.problem)).length).toBeGreaterThanOrEqual(8);
  });

  test("every chapter has a multi-step problem", () => {
    const covered = new Set(solved.filter((p) => isMultiStep(p.problem)).map((p) => p.problem.chapter));
    expect(chapters.filter((c) => !covered.has(c))).toEqual([]);
  });

  test("ids are unique and every difficulty is used", () => {
    expect(new Set(solved.map((p) => p.problem.id)).size).toBe(solved.length);
    expect(new Set(solved.map((p) => p.problem.difficulty))).toEqual(new Set(["basic", "standard", "challenge"]));
  });
});

describe.each(solved.map((p) => [p.problem.id, p] as const))("%s", (_id, p) => {
  const unit = p.units[0]!;

  test("the model gives the stored hand-worked figure", () => {
    const fromModel = recompute(p.problem);
    expect(Math.abs(p.answer / fromModel - 1)).toBeLessThan(1e-10); // apart only by the 12 digits a link carries
    expect(roundLike(fromSI(fromModel, unit), p.problem.expect)).toBe(p.problem.expect);
  });

  test("the calculator link reproduces the answer exactly (data-answer = what the calculator shows)", () => {
    const last = p.steps.at(-1)!;
    const search = last.calculatorPath.slice(last.calculatorPath.indexOf("?"), last.calculatorPath.indexOf("#"));
    const state = readState(search, last.def.slug, last.def.calculator.inputs);
    expect(state.rejected).toEqual([]);
    expect(Object.keys(state.values).sort()).toEqual(last.def.calculator.inputs.map((v) => v.name).sort());
    const raw = Object.fromEntries(Object.entries(state.values).map(([k, v]) => [k, String(v)]));
    expect(evaluate(last.def.calculator, raw).outputs[p.output.name]).toBe(p.answer);
  });

  test("every worked line renders, with no symbol left unsubstituted", () => {
    for (const step of p.steps) {
      expect(step.lines.length).toBeGreaterThan(0);
      for (const line of step.lines) {
        for (const tex of [line.formula, line.substituted, line.result]) {
          expect(() => renderTex(tex)).not.toThrow();
          expect(tex).not.toMatch(/NaN|Infinity|—/);
        }
      }
    }
  });

  test("the asked unit measures the asked quantity, and the unit choices agree", () => {
    for (const u of p.units) expect(u.si).toBe(p.output.unit.si);
  });
});

describe("solveProblem refuses problems that do not fit the models", () => {
  const base = (): Problem =>
    ProblemSchema.parse({
      id: "sample", title: "A sample problem", chapter: "failure-mechanisms", difficulty: "basic",
      statement: "A statement long enough to pass the schema's minimum length for statements.",
      steps: [{ equation: "sand-time", given: { j: { value: 5, source: "Review, Fig. 2b (ref. 42)." } } }],
      find: { output: "t" }, expect: 1930, hints: ["A hint of some length."],
    });
  const errorOf = (p: Problem) => {
    try {
      solveProblem(p);
    } catch (e) {
      return (e as Error).message;
    }
    return "";
  };

  test("the sample solves", () => {
    expect(errorOf(base())).toBe("");
  });
  test.each([
    ["an unknown input", (p: Problem) => { p.steps[0]!.given.jj = { value: 1, source: "nowhere at all" }; }, /sand-time has no input "jj"/],
    ["a given out of the calculator's range", (p: Problem) => { p.steps[0]!.given.j = { value: 1e6, source: "nowhere at all" }; }, /j = 1e6: Outside the physical range/],
    ["an unknown output", (p: Problem) => { p.find.output = "tt"; }, /sand-time has no output "tt"/],
    ["an output with no relation to show", (p: Problem) => { p.steps[0]!.equation = "tafel"; p.steps[0]!.given = {}; p.find.output = "etaBV"; }, /tafel\.etaBV has no relation to show/],
    ["a later step that takes nothing from an earlier one", (p: Problem) => { p.steps.push({ equation: "tafel", given: {}, from: {} }); p.find.output = "eta"; }, /a later step must take at least one input/],
    ["a reference to a step that is not earlier", (p: Problem) => { p.steps[0]!.from = { D: "c-rate.j" }; }, /"c-rate\.j" is not an output of an earlier step/],
    ["a unit of another dimension", (p: Problem) => { p.find.unit = "mV"; }, /unit mV does not measure s/],
    ["an unknown unit", (p: Problem) => { p.find.unit = "fortnight"; }, /unknown unit "fortnight"/],
  ])("%s", (_what, change, message) => {
    const p = base();
    change(p);
    expect(errorOf(p)).toMatch(message);
  });

  test("dimensions must match along a chain", () => {
    const p = base();
    p.steps = [{ equation: "c-rate", given: {}, from: {} }, { equation: "sand-time", given: {}, from: { D: "c-rate.j" } }];
    expect(errorOf(p)).toMatch(/c-rate\.j is in A m⁻², but input "D" needs m² s⁻¹/);
  });
});

test("UNITS used as answer units exist (guards the keys in content/problems/)", () => {
  const keys = new Set(Object.keys(UNITS));
  for (const p of solved) for (const k of [p.problem.find.unit, ...(p.problem.find.units ?? [])]) if (k) expect(keys.has(k)).toBe(true);
  const _typed: Unit = UNITS.min;
  expect(_typed.factor).toBe(60);
});
