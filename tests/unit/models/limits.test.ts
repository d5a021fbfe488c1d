import { describe, expect, test } from "vitest";
import { chargeTime, decades, definition as limits, depletionRegion, overpotentialBudget, VERDICTS, verdictOf } from "@src/models/limits";
import { limitingCurrent } from "@src/models/limiting-current";
import { formatOutput } from "@src/lib/evaluate";
import { readState } from "@src/lib/url-state";
import type { LinePanel } from "@src/models/types";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// The page's whole calculation, checked against arithmetic done by hand. SI throughout:
// j in A m⁻² (1 mA cm⁻² = 10), Q in C m⁻² (1 mAh cm⁻² = 36 000), D in m² s⁻¹, C₀ in mol m⁻³, L in m.
// F = 96 485.332 12 C mol⁻¹, R = 8.314 462 618 J mol⁻¹ K⁻¹, z = 1.
const out = (raw: Record<string, string> = {}) => evaluateWith(limits, raw).outputs;
const verdictKey = (o: Record<string, number>) => formatOutput(limits.calculator.outputs[0]!, o.verdict!).data;

describe("charge time t = Q/j", () => {
  test.each([
    [36_000, 20, 1800], // 1 mAh cm⁻² at 2 mA cm⁻²: half an hour
    [180_000, 50, 3600], // 5 mAh cm⁻² at 5 mA cm⁻²: an hour
    [3600, 200, 18], // 0.1 mAh cm⁻² at 20 mA cm⁻²
  ])("Q=%s C m⁻², j=%s A m⁻² → %s s", (Q, j, t) => expect(chargeTime(Q, j)).toBeCloseTo(t, 10));

  test.each([[0, 20], [36_000, 0], [-1, 20], [NaN, 20], [36_000, Infinity]])("Q=%s, j=%s → NaN", (Q, j) => {
    expect(chargeTime(Q, j)).toBeNaN();
  });
});

describe("overpotential budget: Butler–Volmer activation plus the SEI drop jδ/κ", () => {
  test("defaults at 2 mA cm⁻²: 74.18 mV + 7.00 mV = 81.18 mV", () => {
    // α = 0.5 makes Butler–Volmer j = 2i₀ sinh(fη/2), so η = (2/f)·asinh(j/(2i₀)), f = F/RT = 38.9217 V⁻¹:
    // (2 / 38.9217) × asinh(20 / 10) = 0.051 385 × 1.443 635 = 0.074 181 V.
    // SEI: 20 A m⁻² × 3.5e-9 m / 1e-5 S m⁻¹ = 0.007 V.
    const b = overpotentialBudget(20, 5, 0.5, 298.15, 3.5e-9, 1e-5);
    expect(b.activation).toBeCloseTo(0.074181, 5);
    expect(b.sei).toBeCloseTo(0.007, 10);
    expect(b.total).toBeCloseTo(0.081181, 5);
  });

  test("NaN inputs give a NaN total, not a number", () => {
    expect(overpotentialBudget(NaN, 5, 0.5, 298.15, 3.5e-9, 1e-5).total).toBeNaN();
  });
});

describe("the verdict", () => {
  test.each([
    // j, j_lim, t_Sand, t_charge
    ["steady", 20, 269.9, 12_085, 1800], // below the limit Sand's time never comes, whatever the times say
    ["steady", 269.9, 269.9, 1, 1800], // exactly at the limit: still steady
    ["depletion", 200, 103.96, 120.85, 900], // above it, Sand's time first
    ["complete", 200, 103.96, 120.85, 18], // above it, the charge first
    ["complete", 200, 103.96, 900, 900], // a tie: the charge ends as the surface empties, so it completes
  ])("%s: j=%s, j_lim=%s, t_Sand=%s, t_charge=%s", (verdict, j, jLim, tSand, tCharge) => {
    expect(verdictOf(j, jLim, tSand, tCharge)).toBe(verdict);
  });

  test.each([
    [NaN, 100, 1, 1],
    [20, NaN, 1, 1],
    [200, 100, NaN, 1],
    [0, 100, 1, 1],
  ])("no verdict without numbers: j=%s, j_lim=%s, t_Sand=%s, t_charge=%s", (j, jLim, tSand, tCharge) => {
    expect(verdictOf(j, jLim, tSand, tCharge)).toBeUndefined();
  });
});

describe("the page's outputs, from the display-unit inputs a reader types", () => {
  test("defaults (2 mA cm⁻², 1 mAh cm⁻², 260 µm glass fibre): steady", () => {
    const o = out();
    expect(o.tCharge).toBeCloseTo(1800, 8); // 36 000 / 20
    expect(o.tSand).toBeCloseTo(12_085.29, 1); // 48 341.16 s at 10 A m⁻², over 2² = 4
    expect(o.jLim).toBeCloseTo(269.889, 2); // 0.038 594 133 / (0.55 × 260e-6)
    expect(o.jSand).toBeCloseTo(134.281, 2); // 4.834 116e6 / 36 000
    expect(o.eta).toBeCloseTo(0.081181, 5); // 74.18 + 7.00 mV
    expect(o.etaAct! + o.etaSEI!).toBeCloseTo(o.eta!, 12);
    expect(verdictKey(o)).toBe("steady");
  });

  test("20 mA cm⁻², 5 mAh cm⁻², 675 µm: depletion", () => {
    // j_lim = 0.038 594 133 / (0.55 × 675e-6) = 103.957 A m⁻² < 200;
    // t_Sand = 48 341.16 / 20² = 120.853 s; t_charge = 180 000 / 200 = 900 s; 120.853 < 900.
    const o = out({ j: "20", Q: "5", L: "675" });
    expect(o.jLim).toBeCloseTo(103.957, 2);
    expect(o.tSand).toBeCloseTo(120.853, 2);
    expect(o.tCharge).toBeCloseTo(900, 8);
    expect(verdictKey(o)).toBe("depletion");
  });

  test("20 mA cm⁻², 0.1 mAh cm⁻², 675 µm: the charge completes", () => {
    // t_charge = 3600 / 200 = 18 s, shorter than t_Sand = 120.853 s.
    const o = out({ j: "20", Q: "0.1", L: "675" });
    expect(o.tCharge).toBeCloseTo(18, 8);
    expect(verdictKey(o)).toBe("complete");
  });

  test("the same three states read from a shared link (?limits.<input>= in display units)", () => {
    const states = {
      steady: "?limits.j=2&limits.Q=1",
      depletion: "?limits.j=20&limits.Q=5&limits.L=675",
      complete: "?limits.j=20&limits.Q=0.1&limits.L=675",
    };
    for (const [verdict, search] of Object.entries(states)) {
      const { values, rejected } = readState(search, "limits", limits.calculator.inputs);
      expect(rejected).toEqual([]);
      const raw = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
      expect(verdictKey(out(raw)), search).toBe(verdict);
    }
  });

  test("every case label and key is shown through formatOutput; no case shows a dash and an empty value", () => {
    const verdict = limits.calculator.outputs[0]!;
    VERDICTS.forEach((v, i) => expect(formatOutput(verdict, i)).toEqual({ text: v.label, data: v.key }));
    expect(formatOutput(verdict, NaN)).toEqual({ text: "—", data: "" });
  });
});

describe("edges: clear messages or finite numbers, never NaN on the page", () => {
  test("j exactly at j_lim is steady, with every output finite", () => {
    // Inputs in SI, so that j is j_lim to the last bit.
    const si = { j: limitingCurrent(2e-10, 1000, 0.45, 675e-6), Q: 36_000, D: 2e-10, C0: 1000, tplus: 0.45, L: 675e-6, i0: 5, alpha: 0.5, T: 298.15, delta: 3.5e-9, kappa: 1e-5 };
    const o = limits.calculator.compute(si);
    expect(si.j).toBeCloseTo(103.957, 2);
    expect(VERDICTS[o.verdict!]!.key).toBe("steady");
    for (const [name, value] of Object.entries(o)) expect(Number.isFinite(value), name).toBe(true);
  });

  test("t₊ → 1: at 0.99 the limit is 100 times that at t₊ = 0 and finite (14 844 A m⁻²); at 1 a message says why there is none", () => {
    // 0.038 594 133 / (0.01 × 260e-6) = 14 843.9 A m⁻²
    expect(out({ tplus: "0.99" }).jLim).toBeCloseTo(14_843.9, 0);
    const ev = evaluateWith(limits, { tplus: "1" });
    expect(ev.fields.tplus).toEqual({ ok: false, message: expect.stringMatching(/no limiting current and no Sand's time/) });
    expect(ev.notes).toEqual([]);
  });

  test("L → 0: at the smallest accepted gap, 1 µm, j_lim = 70 171 A m⁻², finite; below it a message with the range", () => {
    // 0.038 594 133 / (0.55 × 1e-6) = 70 171.2 A m⁻²
    expect(out({ L: "1" }).jLim).toBeCloseTo(70_171.2, 0);
    for (const L of ["0", "0.5"]) {
      const ev = evaluateWith(limits, { L });
      // 20 000 is grouped with a narrow no-break space (src/lib/format.ts).
      expect(ev.fields.L).toEqual({ ok: false, message: "Outside the physical range this calculator accepts: 1 µm to 20\u202F000 µm." });
    }
  });

  test("a depletion verdict comes with a sentence giving the times", () => {
    const ev = evaluateWith(limits, { j: "20", Q: "5", L: "675" });
    // t_Sand = 120.853 s ≈ 2.0 min; 900 − 120.853 = 779 s ≈ 13 min; 900 s = 15 min (no-break space before each unit).
    expect(ev.notes[0]).toEqual({ tone: "warn", text: expect.stringContaining("runs out after 2\u00A0min, 13\u00A0min before the 15\u00A0min charge ends") });
  });
});

describe("the limit map", () => {
  const map = (raw: Record<string, string> = {}) => evaluateWith(limits, raw).panels[0] as LinePanel;

  test("decades() widens to whole powers of ten and ignores what is not a positive number", () => {
    expect(decades(0.1, 1000, 2, NaN, -1)).toEqual([0.1, 1000]);
    expect(decades(0.1, 10, 35)).toEqual([0.1, 100]);
  });

  test("the shaded region starts at j_lim and follows Q = c/j down to the bottom edge", () => {
    // c = t_Sand(1 A m⁻²) in mAh cm⁻² × mA cm⁻²: 4 834 116 / 36 000 / 10 = 13.4281.
    // Corners: (26.99, 13.4281/26.99 = 0.4975, 10), then the bottom edge is reached at 13.4281/0.1 = 134.28, then 1000.
    const region = depletionRegion(26.9889, 13.4281, [0.1, 1000], [0.1, 10]);
    expect(region.map(([x]) => x)).toEqual([26.9889, 134.281, 1000]);
    expect(region[0]![1]).toBeCloseTo(0.4975, 4);
    expect(region.map(([, y1, y2]) => [Math.max(y1, 0.1), y2])).toEqual(region.map(([, y1, y2]) => [y1, y2]));
    expect(map().areas![0]!.data[0]![0]).toBeCloseTo(26.9889, 3);
  });

  test("a region wholly off the map is empty, not NaN", () => {
    expect(depletionRegion(5000, 13.4, [0.1, 1000], [0.1, 10])).toEqual([]);
    expect(depletionRegion(NaN, 13.4, [0.1, 1000], [0.1, 10])).toEqual([]);
  });

  test("L moves the j_lim line; Q moves the reader's point", () => {
    const rule = (p: LinePanel) => p.rulesX!.find((r) => r.label === "j_lim")!.value;
    expect(rule(map())).toBeCloseTo(26.989, 2);
    expect(rule(map({ L: "675" }))).toBeCloseTo(10.396, 2);
    expect(map({ Q: "5" }).points[0]).toMatchObject({ x: 2, y: 5 });
    expect(map().dataset).toBe("interphase-tests");
  });
});

describeEdgeCases(limits);
