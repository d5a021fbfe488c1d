import { defineCalculator, type EquationDefinition } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { curve } from "./sweep";
import { REVIEW } from "../consts";
import { formatNumber } from "../lib/format";

/** Areal capacity Q_A = loading × specific capacity (SI: kg m⁻² × C kg⁻¹ = C m⁻²). */
export function arealCapacity(loading: number, capacity: number): number {
  if (!allFinite(loading, capacity) || !(loading >= 0 && capacity >= 0)) return NaN;
  return loading * capacity;
}

/** j = r·Q_A (SI: s⁻¹ × C m⁻² = A m⁻²). */
export function currentDensity(r: number, QA: number): number {
  if (!allFinite(r, QA) || !(r >= 0 && QA >= 0)) return NaN;
  return r * QA;
}

const inputs = [
  { name: "r", symbol: "r", tex: "r", meaning: "C-rate (1 = full charge in one hour)", unit: UNITS.per_hour, default: 1, min: 0.01, max: 100, scale: "log", source: "1C: the review's worked example and the regime of grid storage (section 1)." },
  { name: "loading", symbol: "m_cat", tex: String.raw`m_{\text{cat}}`, meaning: "cathode active-material loading", unit: UNITS.mg_cm2, default: 10, min: 0.1, max: 100, scale: "linear", source: "10 mg cm⁻²: the review's worked example (section 1)." },
  { name: "capacity", symbol: "q_cat", tex: String.raw`q_{\text{cat}}`, meaning: "cathode specific capacity", unit: UNITS.mAh_g, default: 150, min: 1, max: 1000, scale: "linear", source: "150 mAh g⁻¹: the review's worked example (section 1)." },
] as const;

const threshold = REVIEW.fastChargingThreshold_mAcm2;

export const definition: EquationDefinition = {
  slug: "c-rate",
  kind: "in-text",
  label: "A",
  name: "Current density from C-rate and cathode areal capacity",
  latex: String.raw`j = r\,Q_A`,
  chapter: "introduction",
  section: "sec-1",
  symbols: [
    { tex: String.raw`j`, meaning: "plating or stripping current density", unit: "mA cm⁻²" },
    { tex: String.raw`r`, meaning: "cell C-rate", unit: "h⁻¹", typed: ["C-rate", "C rate"] },
    { tex: String.raw`Q_A`, meaning: "cathode areal capacity (loading × specific capacity)", unit: "mAh cm⁻²", typed: ["Q_A", "QA", "areal capacity"] },
  ],
  aliases: ["C-rate", "areal capacity", "1C", "fast-charging threshold"],
  context:
    "Battery engineers speak in C-rates, electrochemists in current densities; this relation links them. The sodium anode must pass whatever current the cathode demands, so the current density at the metal is the C-rate times the cathode's areal capacity, which is its loading times its specific capacity. The review's example, 10 mg cm⁻² of a 150 mAh g⁻¹ cathode at 1C, gives 1.5 mA cm⁻², typical of stationary storage. The review calls current densities below 2 mA cm⁻² moderate and 2 mA cm⁻² and above fast charging, so a heavier cathode or a short high-power pulse pushes the same anode across that line.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "QA", symbol: "Q_A", tex: "Q_A", latex: String.raw`Q_A = m_{\text{cat}}\,q_{\text{cat}}`, meaning: "cathode areal capacity", unit: UNITS.mAh_cm2 },
      { name: "j", symbol: "j", tex: "j", meaning: "current density at the sodium anode", unit: UNITS.mA_cm2 },
    ],
    compute: ({ r, loading, capacity }) => {
      const QA = arealCapacity(loading, capacity);
      return { QA, j: currentDensity(r, QA) };
    },
    notes: (_si, out) => {
      const j = fromSI(out.j, UNITS.mA_cm2);
      if (!Number.isFinite(j)) return [];
      return j >= threshold
        ? [{ tone: "warn", text: `${formatNumber(j)} mA cm⁻²: fast charging by the review's definition (2 mA cm⁻² and above).` }]
        : [{ tone: "info", text: `${formatNumber(j)} mA cm⁻²: moderate regime (below the review's 2 mA cm⁻² fast-charging threshold).` }];
    },
    chart: (si, out) => {
      const QA = out.QA;
      return [{
        kind: "line",
        title: "Anode current density against C-rate for this cathode",
        x: { label: "C-rate r (h⁻¹)", scale: "log", domain: [0.1, 20] },
        y: { label: "current density j (mA cm⁻²)", scale: "log" },
        series: [{ label: "this cathode", style: "main", data: curve(0.1, 20, 30, "log", (r) => fromSI(currentDensity(toSI(r, UNITS.per_hour), QA), UNITS.mA_cm2)) }],
        points: [{ x: fromSI(si.r, UNITS.per_hour), y: fromSI(out.j, UNITS.mA_cm2), label: "current inputs", style: "main" }],
        rulesY: [{ value: threshold, label: "2 mA cm⁻²: fast charging above (review)" }],
      }];
    },
    presets: [
      { name: "review example: 10 mg cm⁻², 150 mAh g⁻¹, 1C", values: { r: 1, loading: 10, capacity: 150 } },
      { name: "same cathode at 2C", values: { r: 2 } },
      { name: "high-power pulse, 4C", values: { r: 4 } },
    ],
  }),
};
