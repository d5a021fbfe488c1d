/**
 * Fast-charging limits: this site's synthesis of the review's relations into one question — for this
 * electrolyte, this cell and this areal capacity, does plating run out of Na⁺ before the charge is done?
 * Not an equation: a calculator host built from the single definitions of Sand's time (6, standard form),
 * Butler–Volmer/Tafel (5), the SEI voltage drop (D) and the limiting and Sand current densities (S4, S5).
 * Its page is /limits/; it is also embedded in section 2.2.
 */
import { defineCalculator, inputNamed, type CalcNote, type CalculatorHost, type ChartArea, type LinePanel } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { REVIEW } from "../consts";
import { formatDuration, formatNumber } from "../lib/format";
import { curve, samples } from "./sweep";
import { LAYERS } from "./layers";
import { inputs as sandInputs, sandTime, LI_REFERENCE_PRESET } from "./sand-time";
import { inputs as tafelInputs, butlerVolmerOverpotential } from "./tafel";
import { inputs as dropInputs, voltageDrop } from "./sei-voltage-drop";
import { distanceInput, limitingCurrent, singleIonCheck, tplusInput, SEPARATORS } from "./limiting-current";
import { capacityInput, sandCurrent } from "./sand-current";

/** Time to plate the areal capacity Q at current density j, t = Q/j; SI: C m⁻², A m⁻² → s. */
export function chargeTime(Q: number, j: number): number {
  if (!allFinite(Q, j) || !(Q > 0 && j > 0)) return NaN;
  return Q / j;
}

/** The three answers, in the order `compute` numbers them. */
export const VERDICTS = [
  { key: "steady", label: "steady: Na⁺ never runs out" },
  { key: "depletion", label: "Na⁺ runs out before the charge ends" },
  { key: "complete", label: "the charge ends before Na⁺ runs out" },
] as const;
export type Verdict = (typeof VERDICTS)[number]["key"];

/**
 * `steady` at or below the limiting current density (no Sand's time exists there); above it `depletion` when
 * Sand's time comes before the end of the charge and `complete` when it does not. Undefined without numbers.
 */
export function verdictOf(j: number, jLim: number, tSand: number, tCharge: number): Verdict | undefined {
  if (!allFinite(j, jLim) || !(j > 0 && jLim > 0)) return undefined;
  if (j <= jLim) return "steady";
  if (!allFinite(tSand, tCharge)) return undefined;
  return tSand < tCharge ? "depletion" : "complete";
}

/** Overpotential at j: Butler–Volmer activation (eqn 5's full form) plus the SEI's ohmic drop jδ/κ (relation D); SI, V. */
export function overpotentialBudget(j: number, i0: number, alpha: number, T: number, delta: number, kappa: number) {
  const activation = butlerVolmerOverpotential(j, i0, alpha, T);
  const sei = voltageDrop(j, delta, kappa);
  return { activation, sei, total: activation + sei };
}

const j = { ...inputNamed(sandInputs, "j"), default: REVIEW.fastChargingThreshold_mAcm2, source: "2 mA cm⁻²: where the review's fast-charging window begins (section 4)." };
const inputs = [
  j, capacityInput,
  inputNamed(sandInputs, "D"), inputNamed(sandInputs, "C0"), tplusInput, distanceInput,
  inputNamed(tafelInputs, "i0"), inputNamed(tafelInputs, "alpha"), inputNamed(tafelInputs, "T"),
  inputNamed(dropInputs, "delta"), inputNamed(dropInputs, "kappa"),
];

type SI = Readonly<Record<string, number>>;

function compute(si: SI) {
  const tCharge = chargeTime(si.Q!, si.j!);
  const tSand = sandTime(si.D!, si.C0!, si.tplus!, si.j!);
  const jLim = limitingCurrent(si.D!, si.C0!, si.tplus!, si.L!);
  const jSand = sandCurrent(si.D!, si.C0!, si.tplus!, si.Q!);
  const verdict = verdictOf(si.j!, jLim, tSand, tCharge);
  const budget = overpotentialBudget(si.j!, si.i0!, si.alpha!, si.T!, si.delta!, si.kappa!);
  return {
    verdict: verdict ? VERDICTS.findIndex((v) => v.key === verdict) : NaN,
    tCharge, tSand, jLim, jSand,
    eta: budget.total, etaAct: budget.activation, etaSEI: budget.sei,
  };
}

type Out = ReturnType<typeof compute>;
const mA = (v: number) => fromSI(v, UNITS.mA_cm2);

/** What the verdict means for these numbers, in a sentence. */
function verdictNote(out: Out): CalcNote | undefined {
  const key = VERDICTS[out.verdict]?.key;
  const jLim = `${formatNumber(mA(out.jLim))} mA cm⁻²`;
  if (key === "steady") {
    return { tone: "info", text: `At or below the limiting current density (${jLim}) the salt profile across the cell settles before the surface runs dry, so Na⁺ never runs out, however long the charge lasts.` };
  }
  if (key === "depletion") {
    return { tone: "warn", text: `Above the limiting current density (${jLim}), Na⁺ at the surface runs out after ${formatDuration(out.tSand)}, ${formatDuration(out.tCharge - out.tSand)} before the ${formatDuration(out.tCharge)} charge ends: the rest plates onto a depleted surface, where growth turns dendritic (Bai et al., ref. 28).` };
  }
  if (key === "complete") {
    return { tone: "info", text: `Above the limiting current density (${jLim}), but the ${formatDuration(out.tCharge)} charge ends before Sand's time (${formatDuration(out.tSand)}): the surface is not yet depleted, with ${formatNumber(out.tSand / out.tCharge, 2)} times the charge time in hand.` };
  }
  return undefined;
}

function notes(si: SI, out: Out): CalcNote[] {
  const list: CalcNote[] = [];
  const verdict = verdictNote(out);
  if (verdict) list.push(verdict);
  const ratio = si.j! / out.jLim;
  if (ratio > 1 && ratio < 3) {
    list.push({ tone: "info", text: "Just above the limit, the finite gap between the electrodes delays depletion past Sand's time, which assumes unbounded diffusion: Sand's time is the earliest it can come." });
  }
  if (Number.isFinite(out.eta)) {
    list.push({ tone: "info", text: `Overpotential ${formatNumber(fromSI(out.eta, UNITS.mV))} mV: ${formatNumber(fromSI(out.etaAct, UNITS.mV))} mV to drive the reaction (Butler–Volmer) and ${formatNumber(fromSI(out.etaSEI, UNITS.mV))} mV across the SEI.` });
  }
  return list;
}

/** The smallest whole-decade range holding every finite positive value. */
export function decades(...values: number[]): [number, number] {
  const ok = values.filter((v) => Number.isFinite(v) && v > 0);
  return [10 ** Math.floor(Math.log10(Math.min(...ok)) + 1e-9), 10 ** Math.ceil(Math.log10(Math.max(...ok)) - 1e-9)];
}

/**
 * Where Na⁺ runs out before the charge ends, on the (j, Q) plane: j above j_lim and Q above c/j, the capacity at
 * which Sand's time equals the charge time. The boundary is straight on log–log axes, so its corners describe it exactly.
 */
export function depletionRegion(jLim: number, c: number, [x0, x1]: [number, number], [y0, y1]: [number, number]): ChartArea["data"] {
  if (!allFinite(jLim, c) || !(c > 0)) return [];
  const from = Math.max(jLim, x0);
  if (!(from < x1)) return [];
  const xs = [from, c / y1, c / y0, x1].filter((x) => x >= from && x <= x1).sort((a, b) => a - b);
  return xs.map((x) => [x, Math.min(Math.max(c / x, y0), y1), y1]);
}

function chart(si: SI, out: Out): LinePanel[] {
  const jNow = mA(si.j!);
  const qNow = fromSI(si.Q!, UNITS.mAh_cm2);
  const jLim = mA(out.jLim);
  const jSand = mA(out.jSand);
  const x = decades(0.1, 1000, jNow, Math.min(jLim, 1e5));
  const y = decades(0.1, 10, qNow);
  // Q (mAh cm⁻²) at which Sand's time equals the charge time at j (mA cm⁻²) is c/j.
  const c = fromSI(sandTime(si.D!, si.C0!, si.tplus!, 1), UNITS.mAh_cm2) / toSI(1, UNITS.mA_cm2);
  const limRule = Number.isFinite(jLim) ? [{ value: jLim, label: "j_lim" }] : [];
  const jAxis = { label: "current density j (mA cm⁻²)", scale: "log" as const, domain: x };
  const tOf = (f: (jSI: number) => number) => (jmA: number) => f(toSI(jmA, UNITS.mA_cm2));
  const budgetAt = (jmA: number) =>
    overpotentialBudget(toSI(jmA, UNITS.mA_cm2), si.i0!, si.alpha!, si.T!, si.delta!, si.kappa!);
  const budgetX = decades(0.1, 100, jNow);
  const budget = samples(...budgetX, 40, "log").map((jmA) => {
    const b = budgetAt(jmA);
    return [jmA, fromSI(b.activation, UNITS.mV), fromSI(b.total, UNITS.mV)] as const;
  });
  return [
    {
      kind: "line",
      title: "Limit map: areal capacity against current density (log–log), with the review's tests",
      x: jAxis,
      y: { label: "areal capacity Q (mAh cm⁻²)", scale: "log", domain: y },
      series: [],
      areas: [{ label: "Na⁺ runs out before the charge ends", style: "alt", data: depletionRegion(jLim, c, x, y) }],
      points: [{ x: jNow, y: qNow, label: "this charge", style: "main" }],
      rulesX: [...limRule, { value: REVIEW.fastChargingThreshold_mAcm2, label: "2 mA cm⁻²" }],
      dataset: "interphase-tests",
    },
    {
      kind: "line",
      title: "Sand's time and charge time against current density (log–log)",
      x: jAxis,
      y: { label: "time (s)", scale: "log" },
      series: [
        { label: "Sand's time t_Sand", style: "main", data: curve(...x, 40, "log", tOf((jSI) => sandTime(si.D!, si.C0!, si.tplus!, jSI))) },
        { label: "charge time Q/j", style: "alt", data: curve(...x, 40, "log", tOf((jSI) => chargeTime(si.Q!, jSI))) },
      ],
      bandsX: Number.isFinite(jLim) && jLim > x[0] ? [{ from: x[0], to: Math.min(jLim, x[1]), label: "no depletion" }] : [],
      points: [
        { x: jSand, y: chargeTime(si.Q!, out.jSand), label: "Sand's time = Q/j", style: "ref" },
        { x: jNow, y: out.tCharge, label: "this charge", style: "alt" },
      ],
      rulesX: limRule,
    },
    {
      kind: "line",
      title: "Overpotential budget against current density: activation and SEI drop, stacked",
      x: { ...jAxis, domain: budgetX },
      y: { label: "overpotential (mV)", scale: "linear" },
      series: [{ label: "total", style: "main", data: budget.map(([jmA, , total]) => [jmA, total]) }],
      areas: [
        { label: "activation, Butler–Volmer (eqn 5)", style: "ref", data: budget.map(([jmA, act]) => [jmA, 0, act]) },
        { label: "SEI drop jδ/κ (relation D)", style: "ref2", data: budget.map(([jmA, act, total]) => [jmA, act, total]) },
      ],
      points: [{ x: jNow, y: fromSI(out.eta, UNITS.mV), label: "this charge", style: "main" }],
    },
  ];
}

export const definition: CalculatorHost = {
  slug: "limits",
  name: "Fast-charging limits",
  anchor: "calc-limits",
  calculator: defineCalculator({
    inputs,
    groups: [
      { legend: "Charge", inputs: ["j", "Q"] },
      { legend: "Electrolyte and cell", inputs: ["D", "C0", "tplus", "L"] },
      { legend: "Overpotential budget", inputs: ["i0", "alpha", "T", "delta", "kappa"] },
    ],
    outputs: [
      { name: "verdict", symbol: "", meaning: "verdict", unit: UNITS.none, cases: VERDICTS },
      { name: "tCharge", symbol: "t_charge", meaning: "charge time Q/j", unit: UNITS.s },
      { name: "tSand", symbol: "t_Sand", meaning: "Sand's time at j, standard form (eqn 6 corrected)", unit: UNITS.s },
      { name: "jLim", symbol: "j_lim", meaning: "limiting current density (S4)", unit: UNITS.mA_cm2 },
      { name: "jSand", symbol: "j_Sand", meaning: "current density at which Sand's time equals Q/j (S5)", unit: UNITS.mA_cm2 },
      { name: "eta", symbol: "η", meaning: "overpotential, activation plus SEI drop", unit: UNITS.mV },
      { name: "etaAct", symbol: "η_act", meaning: "activation overpotential, Butler–Volmer (eqn 5)", unit: UNITS.mV },
      { name: "etaSEI", symbol: "ΔΦ_SEI", meaning: "ohmic drop across the SEI, jδ/κ (relation D)", unit: UNITS.mV },
    ],
    compute,
    check: singleIonCheck,
    notes,
    chart,
    presets: [
      { name: "review: 2 mA cm⁻², 1 mAh cm⁻²", values: { j: 2, Q: 1 } },
      { name: "review: 5 mA cm⁻², 5 mAh cm⁻²", values: { j: 5, Q: 5 } },
      ...SEPARATORS.map((s) => ({ name: s.name, values: { L: s.L_um } })),
      LI_REFERENCE_PRESET,
      { name: LAYERS[2]!.name, values: { delta: LAYERS[2]!.delta_nm, kappa: LAYERS[2]!.kappa_mS_cm } },
    ],
  }),
};
