import { defineCalculator, inputNamed, type EquationDefinition, type InputVariable } from "./types";
import { MIN_AREAL_CAPACITY_mAhcm2 } from "./bounds";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS } from "./constants";
import { curve } from "./sweep";
import { REVIEW } from "../consts";
import { formatNumber } from "../lib/format";
import { inputs as sandInputs, sandTime, LI_REFERENCE, LI_REFERENCE_LABEL, LI_REFERENCE_PRESET } from "./sand-time";
import { singleIonCheck, tplusInput } from "./limiting-current";

/**
 * The current density at which Sand's time equals the time to pass the areal capacity Q:
 * t_Sand(j) = Q/j with t_Sand ∝ j⁻² gives j_Sand = t_Sand(j)·j² / Q, the same for every j.
 * SI: m² s⁻¹, mol m⁻³, 1, C m⁻² → A m⁻²; NaN outside the domain (Sand's time's, and Q > 0).
 */
export function sandCurrent(D: number, C0: number, tplus: number, Q: number): number {
  if (!Number.isFinite(Q) || !(Q > 0)) return NaN;
  return sandTime(D, C0, tplus, 1) / Q; // Sand's time at 1 A m⁻² is the constant t_Sand·j²
}

export const capacityInput = {
  name: "Q", symbol: "Q", tex: "Q", meaning: "areal capacity plated per charge", unit: UNITS.mAh_cm2,
  default: 1, min: MIN_AREAL_CAPACITY_mAhcm2, max: 100, scale: "log",
  source: "1 mAh cm⁻²: the capacity of most fast-charging tests the review reports (e.g. 2 mA cm⁻² with 1 mAh cm⁻², sections 4.1 and 4.2).",
} as const satisfies InputVariable;

const inputs = [capacityInput, inputNamed(sandInputs, "D"), inputNamed(sandInputs, "C0"), tplusInput];

export const definition: EquationDefinition = {
  slug: "sand-current",
  kind: "site",
  label: "S5",
  name: "Current density at which Na⁺ runs out just as the charge ends",
  latex: String.raw`j_{\text{Sand}}(Q) = \frac{\pi D}{4}\left(\frac{zFC_0}{1-t_+}\right)^2\frac{1}{Q}`,
  chapter: "plating-and-stripping",
  section: "sec-2-2",
  refs: [54, 28],
  symbols: [
    { tex: String.raw`j_{\text{Sand}}`, meaning: "current density at which Sand's time equals the charge time Q/j", unit: "mA cm⁻²", typed: ["j_Sand", "jSand"] },
    { tex: String.raw`Q`, meaning: "areal capacity plated per charge", unit: "mAh cm⁻²", typed: ["Q", "areal capacity"] },
    { tex: String.raw`D`, meaning: "effective diffusion coefficient of the salt", unit: "cm² s⁻¹", typed: ["D"] },
    { tex: String.raw`z`, meaning: "ion valence (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`C_0`, meaning: "bulk salt concentration", unit: "mol L⁻¹", typed: ["C0", "C_0"] },
    { tex: String.raw`t_+`, meaning: "cation transference number", unit: "—", typed: ["t+", "t₊", "tplus"] },
  ],
  aliases: ["Sand current", "charge time", "areal capacity", "depletion before the end of charge"],
  remark:
    "The standard Sand's time (the corrected eqn (6), after refs 28 and 54) set equal to the charge time Q/j. It matters only above the limiting current density (S4).",
  context:
    "A charge of areal capacity Q at current density j lasts Q/j, while Sand's time falls with the square of j. Raising the current therefore shortens the time until depletion faster than it shortens the charge, and at one current density the two are equal. Below it the charge is over before the surface runs dry; above it, and above the limiting current density, the last part of every charge plates onto a depleted surface. The crossing moves to lower currents in inverse proportion to the capacity, so a test at 5 mAh cm⁻² meets it at a fifth of the current a 1 mAh cm⁻² test does.",
  calculator: defineCalculator({
    inputs,
    outputs: [{ name: "jSand", symbol: "j_Sand", tex: String.raw`j_{\text{Sand}}(Q)`, meaning: "current density at which Sand's time equals the charge time", unit: UNITS.mA_cm2 }],
    compute: ({ D, C0, tplus, Q }) => ({ jSand: sandCurrent(D, C0, tplus, Q) }),
    check: singleIonCheck,
    notes: (si, out) => {
      if (!Number.isFinite(out.jSand)) return [];
      const minutes = si.Q / out.jSand / 60;
      return [{ tone: "info", text: `At that current the charge, and Sand's time, last ${formatNumber(minutes, 2)} min.` }];
    },
    chart: (si) => {
      const mA = (p: { D: number; C0: number; tplus: number }) => (q: number) => fromSI(sandCurrent(p.D, p.C0, p.tplus, toSI(q, UNITS.mAh_cm2)), UNITS.mA_cm2);
      const range = [0.1, 20] as const;
      return [{
        kind: "line",
        title: "Current density at which Na⁺ runs out as the charge ends, against areal capacity (log–log)",
        x: { label: "areal capacity Q (mAh cm⁻²)", scale: "log", domain: [...range] },
        y: { label: "j_Sand (mA cm⁻²)", scale: "log" },
        series: [
          { label: "these inputs", style: "main", data: curve(...range, 20, "log", mA(si)) },
          { label: LI_REFERENCE_LABEL, style: "ref2", dashed: true, data: curve(...range, 20, "log", mA(LI_REFERENCE)) },
        ],
        points: [{ x: fromSI(si.Q, UNITS.mAh_cm2), y: fromSI(sandCurrent(si.D, si.C0, si.tplus, si.Q), UNITS.mA_cm2), label: "current inputs", style: "main" }],
        rulesY: [{ value: REVIEW.fastChargingThreshold_mAcm2, label: "2 mA cm⁻²" }],
        bandsX: [{ from: REVIEW.fastChargingCapacity_mAhcm2[0], to: REVIEW.fastChargingCapacity_mAhcm2[1], label: "review's window" }],
      }];
    },
    presets: [
      { name: "1 mAh cm⁻²", values: { Q: 1 } },
      { name: "5 mAh cm⁻²", values: { Q: 5 } },
      LI_REFERENCE_PRESET,
    ],
    constants: [CONSTANT_SYMBOLS.z, CONSTANT_SYMBOLS.F],
  }),
};
