import { defineCalculator, type EquationDefinition, type Preset } from "./types";
import { MIN_CURRENT_DENSITY_mAcm2 } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, FARADAY } from "./constants";
import { curve } from "./sweep";
import { REVIEW } from "../consts";
import { formatNumber } from "../lib/format";

const z = 1;

/** Standard Sand's time, t = (πD/4)·(zFC₀ / (j(1 − t₊)))², SI in and out; NaN outside the physical domain. */
export function sandTime(D: number, C0: number, tplus: number, j: number): number {
  if (!allFinite(D, C0, tplus, j) || !(D > 0 && C0 > 0 && j > 0 && tplus >= 0 && tplus < 1)) return NaN;
  return ((Math.PI * D) / 4) * ((z * FARADAY * C0) / (j * (1 - tplus))) ** 2;
}

/** The same with (1 − t₊) in the numerator, as the review prints eqn (6). */
export function sandTimePrinted(D: number, C0: number, tplus: number, j: number): number {
  if (!allFinite(D, C0, tplus, j) || !(D > 0 && C0 > 0 && j > 0 && tplus >= 0 && tplus < 1)) return NaN;
  return ((Math.PI * D) / 4) * ((z * FARADAY * C0 * (1 - tplus)) / j) ** 2;
}

/**
 * Reference electrolytes for the chart. Li: 1 M LiPF₆ in EC:DMC at 25 °C, D from the Valøen–Reimers correlation
 * (10^(−4.43 − 54/(T − 229 − 5c) − 0.22c) cm² s⁻¹ = 3.22 × 10⁻⁶ cm² s⁻¹) and t₊ = 0.38 (Valøen & Reimers,
 * J. Electrochem. Soc. 2005, 152, A882). Na: this calculator's defaults (sources below).
 */
export const LI_REFERENCE = { D: 3.22e-10, C0: 1000, tplus: 0.38 };
/** How its curves are labelled, on every chart that draws them. */
export const LI_REFERENCE_LABEL = "Li reference: 1 M LiPF₆ EC:DMC (Valøen & Reimers 2005)";
/** The same electrolyte as a preset, in display units, for every calculator that takes D, C₀ and t₊. */
export const LI_REFERENCE_PRESET: Preset = {
  name: "Li reference electrolyte",
  values: { D: fromSI(LI_REFERENCE.D, UNITS.cm2_s), C0: fromSI(LI_REFERENCE.C0, UNITS.mol_L), tplus: LI_REFERENCE.tplus },
};

/** Eqn (6) as the review prints it, with (1 − t₊) in the numerator. */
const PRINTED = String.raw`t_{\text{Sand}} = \frac{\pi D}{4}\left(\frac{zFC_0(1-t_+)}{j}\right)^2`;

/** The inputs, exported so that relations built on this one reuse their definitions, defaults and sources. */
export const inputs = [
  {
    name: "j", symbol: "j", tex: "j", meaning: "applied current density", unit: UNITS.mA_cm2,
    default: 1, min: MIN_CURRENT_DENSITY_mAcm2, max: 100, scale: "log",
    source: "1 mA cm⁻²: where moderate-rate tests in the literature typically stay, by the review (section 4 opening); fast charging starts at 2 mA cm⁻².",
  },
  {
    name: "D", symbol: "D", tex: "D", meaning: "salt diffusion coefficient", unit: UNITS.cm2_s,
    default: 2e-6, min: 1e-8, max: 1e-4, scale: "log",
    source: "Estimate: 2 × 10⁻⁶ cm² s⁻¹ is a typical order for a 1 M sodium salt in carbonate or ether solvents; the review gives no value.",
  },
  {
    name: "C0", symbol: "C_0", tex: "C_0", meaning: "bulk salt concentration", unit: UNITS.mol_L,
    default: 1, min: 0.01, max: 10, scale: "linear",
    source: "1 mol L⁻¹: the usual concentration of the electrolytes the review discusses (e.g. 1 M NaClO₄ in PC, Fig. 2).",
  },
  {
    name: "tplus", symbol: "t₊", tex: "t_+", meaning: "cation transference number", unit: UNITS.none,
    default: 0.45, min: 0, max: 0.99, scale: "linear",
    source: "0.45 for NaPF₆ in EC:PC (Chayambuka et al., Electrochim. Acta 2022, 404, 139764, as used in PyBaMM's sodium-ion parameter set).",
  },
] as const;

export const definition: EquationDefinition = {
  slug: "sand-time",
  kind: "review",
  number: 6,
  name: "Sand's time (onset of Na⁺ depletion at the surface)",
  latex: PRINTED,
  chapter: "plating-and-stripping",
  section: "sec-2-2",
  symbols: [
    { tex: String.raw`t_{\text{Sand}}`, meaning: "Sand's time: when the surface Na⁺ concentration first reaches zero", unit: "s", typed: ["t_Sand", "tSand", "t_sand", "Sand time"] },
    { tex: String.raw`D`, meaning: "effective diffusion coefficient of the electrolyte salt", unit: "cm² s⁻¹", typed: ["D"] },
    { tex: String.raw`z`, meaning: "ion valence (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`C_0`, meaning: "bulk salt concentration", unit: "mol L⁻¹", typed: ["C0", "C_0", "c0"] },
    { tex: String.raw`t_+`, meaning: "cation transference number", unit: "—", typed: ["t+", "t₊", "t_+", "tplus"] },
    { tex: String.raw`j`, meaning: "applied current density", unit: "mA cm⁻²" },
  ],
  aliases: ["Sand's time", "Sand equation", "concentration depletion", "diffusion-limited"],
  erratum: {
    summary: "The review prints (1 − t₊) in the numerator; the standard Sand result has it in the denominator.",
    correctedLatex: String.raw`t_{\text{Sand}} = \frac{\pi D}{4}\left(\frac{zFC_0}{j\,(1-t_+)}\right)^2`,
    explanation:
      "Only the anion's share of the current, (1 − t₊)·j, has to be carried by diffusion, so a larger cation transference number slows depletion and lengthens Sand's time (Sand 1901; Chazalviel, ref. 54; Bai et al., ref. 28). With (1 − t₊) in the numerator a higher t₊ would shorten it, the opposite. The calculators compute with the standard form and show the printed form's value beside it.",
    refs: [28, 54],
  },
  context:
    "When sodium is plated at a constant current, cations are removed at the metal faster than diffusion from the bulk can bring salt back, so the concentration right at the surface falls. Sand's time is how long that takes to reach zero. Beyond it the flat surface is starved, any bump that reaches into richer electrolyte grows faster, and needle-like or mossy deposits take over. Because the time scales with the inverse square of the current density, going from 1 to 5 mA cm⁻² shortens it twenty-five-fold, which is why the review treats depletion as a fast-charging failure mode rather than a slow ageing process.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "t", symbol: "t_Sand", tex: String.raw`t_{\text{Sand}}`, meaning: "Sand's time, standard form", unit: UNITS.s },
      { name: "tPrinted", symbol: "t_Sand", tex: String.raw`t_{\text{Sand}}`, latex: PRINTED, meaning: "Sand's time", qualifier: "as the review prints eqn (6)", unit: UNITS.s },
    ],
    compute: ({ j, D, C0, tplus }) => ({ t: sandTime(D, C0, tplus, j), tPrinted: sandTimePrinted(D, C0, tplus, j) }),
    notes: (si, out) => {
      const notes = [];
      if (Number.isFinite(out.t)) {
        const hours = out.t / 3600;
        notes.push({ tone: "info" as const, text: hours >= 1 ? `Sand's time is about ${formatNumber(hours, 2)} h.` : `Sand's time is about ${formatNumber(out.t / 60, 2)} min.` });
      }
      if (Number.isFinite(out.t) && Number.isFinite(out.tPrinted)) {
        notes.push({ tone: "info" as const, text: `The printed form gives ${formatNumber((out.tPrinted / out.t) * 100, 2)} % of the standard value here: the two differ by the factor (1 − t₊)⁴.` });
      }
      if (fromSI(si.j, UNITS.mA_cm2) >= REVIEW.fastChargingThreshold_mAcm2) {
        notes.push({ tone: "warn" as const, text: "At or above the review's 2 mA cm⁻² fast-charging threshold." });
      }
      return notes;
    },
    chart: (si) => {
      const jDisplay = fromSI(si.j, UNITS.mA_cm2);
      const at = (p: { D: number; C0: number; tplus: number }, printed = false) => (jmA: number) =>
        (printed ? sandTimePrinted : sandTime)(p.D, p.C0, p.tplus, toSI(jmA, UNITS.mA_cm2));
      const naDefaults = { D: toSI(inputs[1].default, UNITS.cm2_s), C0: toSI(inputs[2].default, UNITS.mol_L), tplus: inputs[3].default };
      const range = [0.1, 20] as const;
      return [{
        kind: "line",
        title: "Sand's time against current density (log–log)",
        x: { label: "current density j (mA cm⁻²)", scale: "log", domain: [0.1, 20] },
        y: { label: "Sand's time (s)", scale: "log" },
        series: [
          { label: "these inputs, standard form", style: "main", data: curve(...range, 40, "log", at(si)) },
          { label: "these inputs, as printed", style: "alt", dashed: true, data: curve(...range, 40, "log", at(si, true)) },
          { label: "Na reference: defaults (1 M, t₊ 0.45, D 2 × 10⁻⁶ cm² s⁻¹)", style: "ref", data: curve(...range, 40, "log", at(naDefaults)) },
          { label: LI_REFERENCE_LABEL, style: "ref2", data: curve(...range, 40, "log", at(LI_REFERENCE)) },
        ],
        points: [{ x: jDisplay, y: sandTime(si.D, si.C0, si.tplus, si.j), label: "current inputs", style: "main" }],
        rulesX: [{ value: REVIEW.fastChargingThreshold_mAcm2, label: "2 mA cm⁻²: fast charging (review)" }],
      }];
    },
    presets: [
      { name: "moderate, 1 mA cm⁻²", values: { j: 1 } },
      { name: "fast, 5 mA cm⁻²", values: { j: 5 } },
      LI_REFERENCE_PRESET,
    ],
    constants: [CONSTANT_SYMBOLS.z, CONSTANT_SYMBOLS.F],
  }),
};
