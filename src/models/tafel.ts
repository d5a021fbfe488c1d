import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CURRENT_DENSITY_mAcm2 } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, FARADAY, GAS_CONSTANT, ROOM_TEMPERATURE } from "./constants";
import { curve } from "./sweep";
import { formatNumber } from "../lib/format";

const z = 1;

/** Tafel overpotential η = (RT/(αzF))·ln(j/i₀), SI; negative below i₀, where the approximation has no meaning. */
export function tafelOverpotential(j: number, i0: number, alpha: number, T: number): number {
  if (!allFinite(j, i0, alpha, T) || !(j > 0 && i0 > 0 && alpha > 0 && alpha < 1 && T > 0)) return NaN;
  return ((GAS_CONSTANT * T) / (alpha * z * FARADAY)) * Math.log(j / i0);
}

/**
 * Butler–Volmer overpotential: the η that solves j = i₀[exp(αzfη) − exp(−(1 − α)zfη)], f = F/RT,
 * with α the transfer coefficient of the driven (plating) direction. Solved by bisection: the right side rises monotonically in η.
 */
export function butlerVolmerOverpotential(j: number, i0: number, alpha: number, T: number): number {
  if (!allFinite(j, i0, alpha, T) || !(j >= 0 && i0 > 0 && alpha > 0 && alpha < 1 && T > 0)) return NaN;
  const f = (z * FARADAY) / (GAS_CONSTANT * T);
  const current = (eta: number) => i0 * (Math.exp(alpha * f * eta) - Math.exp(-(1 - alpha) * f * eta));
  let lo = 0;
  let hi = Math.log(j / i0 + 2) / (alpha * f) + 1e-3; // above the root: the forward term alone already exceeds j
  for (let k = 0; k < 200 && hi - lo > 1e-12; k++) {
    const mid = (lo + hi) / 2;
    if (current(mid) < j) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The inputs, exported so that relations built on this one reuse their definitions, defaults and sources. */
export const inputs = [
  {
    name: "j", symbol: "j", tex: "j", meaning: "applied current density", unit: UNITS.mA_cm2,
    default: 1, min: MIN_CURRENT_DENSITY_mAcm2, max: 100, scale: "log",
    source: "1 mA cm⁻²: where moderate-rate tests in the literature typically stay, by the review (section 4 opening).",
  },
  {
    name: "i0", symbol: "i₀", tex: "i_0", meaning: "local exchange current density", unit: UNITS.mA_cm2,
    default: 0.5, min: 1e-6, max: 100, scale: "log",
    source: "Estimate: 0.5 mA cm⁻², an order of magnitude typical for alkali-metal plating in liquid electrolytes; the review gives no value and stresses that i₀ varies from patch to patch.",
  },
  {
    name: "alpha", symbol: "α", tex: String.raw`\alpha`, meaning: "charge-transfer coefficient", unit: UNITS.none,
    default: 0.5, min: 0.05, max: 0.99, scale: "linear",
    source: "0.5: the symmetric-barrier value conventionally assumed for a one-electron metal deposition.",
  },
  {
    name: "T", symbol: "T", tex: "T", meaning: "absolute temperature", unit: UNITS.K,
    default: ROOM_TEMPERATURE, min: 200, max: 400, scale: "linear",
    source: "298.15 K (25 °C), room temperature.",
  },
] as const;

export const definition: EquationDefinition = {
  slug: "tafel",
  kind: "review",
  number: 5,
  name: "Tafel activation overpotential",
  latex: String.raw`\eta = \frac{RT}{\alpha z F}\ln\left(\frac{j}{i_0}\right)`,
  chapter: "plating-and-stripping",
  section: "sec-2-2",
  symbols: [
    { tex: String.raw`\eta`, meaning: "local activation overpotential", unit: "mV", typed: ["eta", "η"] },
    { tex: String.raw`R`, meaning: "gas constant, 8.314 J mol⁻¹ K⁻¹", unit: "J mol⁻¹ K⁻¹" },
    { tex: String.raw`T`, meaning: "absolute temperature", unit: "K" },
    { tex: String.raw`\alpha`, meaning: "charge-transfer coefficient", unit: "—", typed: ["alpha", "α"] },
    { tex: String.raw`z`, meaning: "valence of the ion (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`j`, meaning: "applied current density", unit: "mA cm⁻²" },
    { tex: String.raw`i_0`, meaning: "local exchange current density", unit: "mA cm⁻²", typed: ["i_0", "i0"] },
  ],
  aliases: ["Tafel equation", "Butler–Volmer", "exchange current density", "activation overpotential"],
  context:
    "The native interphase is a patchwork, so the exchange current density i₀ differs from spot to spot. Eqn (5) turns that into overpotential: at a given current density, a patch with small i₀ needs a larger activation overpotential, so the current drifts to neighbouring patches with large i₀, which become hot spots where nuclei form and protrusions start. The relation is the high-current limit of Butler–Volmer kinetics; the calculator draws both, so the reader can see that it is accurate once j is several times i₀ and misleading near or below i₀, where it even turns negative.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "eta", symbol: "η", tex: String.raw`\eta`, meaning: "activation overpotential, Tafel (eqn 5)", unit: UNITS.mV },
      { name: "etaBV", symbol: "η_BV", meaning: "activation overpotential, full Butler–Volmer", unit: UNITS.mV },
      { name: "error", symbol: "η − η_BV", meaning: "error of the Tafel approximation", unit: UNITS.mV, digits: 2 },
    ],
    compute: ({ j, i0, alpha, T }) => {
      const eta = tafelOverpotential(j, i0, alpha, T);
      const etaBV = butlerVolmerOverpotential(j, i0, alpha, T);
      return { eta, etaBV, error: eta - etaBV };
    },
    notes: (si, out) => {
      const ratio = si.j / si.i0;
      if (!Number.isFinite(ratio)) return [];
      if (ratio < 1) return [{ tone: "warn", text: `j is below i₀, so ln(j/i₀) is negative: the Tafel form does not apply here, only Butler–Volmer does.` }];
      const rel = Math.abs(out.error / out.etaBV) * 100;
      return [{
        tone: rel > 5 ? "warn" : "info",
        text: `j/i₀ = ${formatNumber(ratio)}: the Tafel value is off by ${formatNumber(rel, 2)} % of the Butler–Volmer one${rel > 5 ? " — too close to equilibrium for the approximation" : ""}.`,
      }];
    },
    chart: (si) => {
      const i0 = fromSI(si.i0, UNITS.mA_cm2);
      const mV = (f: typeof tafelOverpotential) => (jmA: number) =>
        fromSI(f(toSI(jmA, UNITS.mA_cm2), si.i0, si.alpha, si.T), UNITS.mV);
      const jmA = fromSI(si.j, UNITS.mA_cm2);
      return [{
        kind: "line",
        title: "Activation overpotential against current density: Tafel line and Butler–Volmer curve",
        x: { label: "current density j (mA cm⁻², log)", scale: "log", domain: [0.01, 100] },
        y: { label: "overpotential η (mV)", scale: "linear" },
        series: [
          { label: "Butler–Volmer (exact for these kinetics)", style: "main", data: curve(0.01, 100, 80, "log", mV(butlerVolmerOverpotential)) },
          { label: "Tafel, eqn (5)", style: "alt", dashed: true, data: curve(0.01, 100, 80, "log", mV(tafelOverpotential)) },
        ],
        points: [
          { x: jmA, y: fromSI(butlerVolmerOverpotential(si.j, si.i0, si.alpha, si.T), UNITS.mV), label: "current inputs, Butler–Volmer", style: "main" },
          { x: jmA, y: fromSI(tafelOverpotential(si.j, si.i0, si.alpha, si.T), UNITS.mV), label: "current inputs, Tafel", style: "alt" },
        ],
        rulesX: [{ value: i0, label: "j = i₀" }],
        rulesY: [{ value: 0, label: "" }],
      }];
    },
    presets: [
      { name: "moderate, 1 mA cm⁻²", values: { j: 1 } },
      { name: "fast, 5 mA cm⁻²", values: { j: 5 } },
      { name: "sluggish patch, i₀ = 0.05 mA cm⁻²", values: { i0: 0.05 } },
    ],
    constants: [CONSTANT_SYMBOLS.R, CONSTANT_SYMBOLS.z, CONSTANT_SYMBOLS.F],
  }),
};
