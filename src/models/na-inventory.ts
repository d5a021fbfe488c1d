import { defineCalculator, type EquationDefinition } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { curve } from "./sweep";
import { formatNumber } from "../lib/format";

/** N ≈ (N/P − 1)/(1 − CE): cycles until the excess sodium is used up, to first order; CE as a fraction. */
export function cyclesUntilDepleted(np: number, ce: number): number {
  if (!allFinite(np, ce) || !(np >= 1 && ce >= 0 && ce < 1)) return NaN;
  return (np - 1) / (1 - ce);
}

const inputs = [
  { name: "np", symbol: "N/P", tex: "N/P", meaning: "negative-to-positive capacity ratio", unit: UNITS.none, default: 3, min: 1, max: 100, scale: "log", source: "3: the lean ratio the review names as a practical target (section 5, ref. 86)." },
  { name: "ce", symbol: "CE", tex: String.raw`\text{CE}`, meaning: "Coulombic efficiency per cycle", unit: UNITS.percent, default: 99.9, min: 0, max: 100, scale: "linear", source: "99.9 %: the efficiency the review asks for under fast charging at low N/P (section 5, ref. 94)." },
] as const;

export const definition: EquationDefinition = {
  slug: "na-inventory",
  kind: "site",
  label: "S1",
  name: "Cycles until the excess sodium runs out (first order)",
  latex: String.raw`N_{\text{cyc}} \approx \frac{N/P - 1}{1 - \text{CE}}`,
  chapter: "outlook",
  section: "sec-5",
  symbols: [
    { tex: String.raw`N_{\text{cyc}}`, meaning: "cycles before the sodium excess is consumed", unit: "cycles", typed: ["N_cyc", "cycle life"] },
    { tex: String.raw`N/P`, meaning: "negative-to-positive areal capacity ratio", unit: "—", typed: ["N/P", "NP ratio"] },
    { tex: String.raw`\text{CE}`, meaning: "Coulombic efficiency per cycle (fraction)", unit: "—", typed: ["CE", "coulombic efficiency"] },
  ],
  aliases: ["sodium inventory", "N/P ratio", "Coulombic efficiency", "lean sodium"],
  remark:
    "Not in the review: a first-order estimate this site adds to make its N/P and CE argument quantitative. Each cycle loses (1 − CE) of the cycled capacity; the excess is (N/P − 1) of it.",
  context:
    "Thick sodium foil hides inefficiency: with a large excess of metal, a cell can lose a little sodium every cycle for a long time before anything shows. A practical cell cannot afford that excess, and the review argues for N/P near 3 or lower. Then every fraction of a percent of Coulombic inefficiency eats into a small reserve. If each cycle strands (1 − CE) of the cycled charge and the reserve is (N/P − 1) of it, the reserve lasts about (N/P − 1)/(1 − CE) cycles. At N/P = 3 that is 2000 cycles at 99.9 % but only 200 at 99 %, which is why the review sets its efficiency target so high.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [{ name: "cycles", symbol: "N_cyc", tex: String.raw`N_{\text{cyc}}`, meaning: "cycles until the excess sodium is used up", unit: UNITS.cycles }],
    compute: ({ np, ce }) => ({ cycles: cyclesUntilDepleted(np, ce) }),
    check: ({ ce }) => (ce >= 1 ? [{ input: "ce", message: "At 100 % nothing is lost and the estimate divides by zero: enter a value below 100." }] : []),
    notes: (si) => {
      const need = 1 - (si.np - 1) / 1000;
      return Number.isFinite(need) && need > 0
        ? [{ tone: "info", text: `To last 1000 cycles at this N/P, CE must be at least ${formatNumber(need * 100, 5)} %.` }]
        : [];
    },
    chart: (si) => {
      const series = (np: number) => curve(0.01, 5, 40, "log", (lossPct) => cyclesUntilDepleted(np, 1 - toSI(lossPct, UNITS.percent)));
      return [{
        kind: "line",
        title: "Cycles until the sodium excess is used up, against the loss per cycle (log–log)",
        x: { label: "loss per cycle, 1 − CE (%)", scale: "log", domain: [0.01, 5] },
        y: { label: "cycles", scale: "log" },
        series: [
          { label: "this N/P", style: "main", data: series(si.np) },
          { label: "N/P = 1.5", style: "ref2", dashed: true, data: series(1.5) },
          { label: "N/P = 10 (thick foil)", style: "ref", dashed: true, data: series(10) },
        ],
        points: [{ x: fromSI(1 - si.ce, UNITS.percent), y: cyclesUntilDepleted(si.np, si.ce), label: "current inputs", style: "main" }],
        rulesX: [{ value: 0.1, label: "CE 99.9 % (review's target)" }],
      }];
    },
    presets: [
      { name: "review's target: N/P 3, CE 99.9 %", values: { np: 3, ce: 99.9 } },
      { name: "PVDF@Cu at 2 mA cm⁻²: CE 99.48 %", values: { ce: 99.48 } },
      { name: "PSL at 1 mA cm⁻²: mean CE 99.96 %", values: { ce: 99.96 } },
      { name: "thick foil, N/P 10", values: { np: 10 } },
    ],
  }),
};
