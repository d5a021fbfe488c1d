import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CONDUCTIVITY_mScm, MIN_CURRENT_DENSITY_mAcm2, MIN_THICKNESS_nm } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { curve } from "./sweep";
import { LAYERS } from "./layers";

/** ΔΦ = J·δ/κ with J a current density, SI: A m⁻², m, S m⁻¹ → V. */
export function voltageDrop(j: number, delta: number, kappa: number): number {
  if (!allFinite(j, delta, kappa) || !(j >= 0 && delta >= 0 && kappa > 0)) return NaN;
  return (j * delta) / kappa;
}

/** The inputs, exported so that relations built on this one reuse their definitions, defaults and sources. */
export const inputs = [
  { name: "j", symbol: "J_Na", tex: String.raw`J_{\text{Na}}`, meaning: "current density", unit: UNITS.mA_cm2, default: 3, min: MIN_CURRENT_DENSITY_mAcm2, max: 100, scale: "log", source: "3 mA cm⁻²: the rate at which the review quotes the ALD Al₂O₃ benchmark (section 4.1, ref. 1)." },
  { name: "delta", symbol: "δ_SEI", tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: UNITS.nm, default: LAYERS[0]!.delta_nm, min: MIN_THICKNESS_nm, max: 1e5, scale: "log", source: LAYERS[0]!.source },
  { name: "kappa", symbol: "κ_SEI", tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: UNITS.mS_cm, default: LAYERS[0]!.kappa_mS_cm, min: MIN_CONDUCTIVITY_mScm, max: 100, scale: "log", source: LAYERS[0]!.source },
] as const;

export const definition: EquationDefinition = {
  slug: "sei-voltage-drop",
  kind: "in-text",
  label: "C",
  name: "Voltage drop across an artificial SEI (design metric)",
  latex: String.raw`\Delta\Phi_{\text{SEI}} = \frac{J_{\text{Na}}\,\delta_{\text{SEI}}}{\kappa_{\text{SEI}}}`,
  chapter: "artificial-interphases",
  section: "sec-4",
  symbols: [
    { tex: String.raw`\Delta\Phi_{\text{SEI}}`, meaning: "voltage drop across the SEI", unit: "mV", typed: ["delta Phi", "ΔΦ"] },
    { tex: String.raw`J_{\text{Na}}`, meaning: "current density (here a current density, not the molar flux of eqn (2))", unit: "mA cm⁻²", typed: ["J_Na"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
  ],
  aliases: ["voltage drop", "polarization", "thickness trade-off", "area-specific resistance"],
  remark:
    "Here J_Na stands for a current density (A m⁻²), whereas in eqn (2) the same symbol is a molar flux; the two differ by the factor zF.",
  context:
    "For designing a coating the review reduces transport to one number to keep small: the voltage lost across the layer, current density times thickness over conductivity. It makes the central trade-off visible. A thicker or denser film blocks electrons and resists dendrites better, but every extra nanometre adds polarisation in proportion to the current, so a layer that is harmless at 0.5 mA cm⁻² can dominate the overpotential at 5 mA cm⁻². The presets reproduce the review's examples, from a 3.5 nm atomic-layer-deposited oxide to a 20 µm fluoride layer, so their costs can be compared at the same current.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [{ name: "dphi", symbol: "ΔΦ_SEI", tex: String.raw`\Delta\Phi_{\text{SEI}}`, meaning: "voltage drop across the SEI", unit: UNITS.mV }],
    compute: ({ j, delta, kappa }) => ({ dphi: voltageDrop(j, delta, kappa) }),
    chart: (si) => {
      const mV = (jmA: number) => (d: number) => fromSI(voltageDrop(toSI(jmA, UNITS.mA_cm2), toSI(d, UNITS.nm), si.kappa), UNITS.mV);
      const jmA = fromSI(si.j, UNITS.mA_cm2);
      return [{
        kind: "line",
        title: "Voltage drop against layer thickness for the chosen conductivity (log–log)",
        x: { label: "thickness δ (nm)", scale: "log", domain: [1, 1e5] },
        y: { label: "ΔΦ_SEI (mV)", scale: "log" },
        series: [
          { label: "this current density", style: "main", data: curve(1, 1e5, 30, "log", mV(jmA)) },
          { label: "1 mA cm⁻² (moderate)", style: "ref2", dashed: true, data: curve(1, 1e5, 30, "log", mV(1)) },
          { label: "5 mA cm⁻² (fast)", style: "ref", dashed: true, data: curve(1, 1e5, 30, "log", mV(5)) },
        ],
        points: [{ x: fromSI(si.delta, UNITS.nm), y: fromSI(voltageDrop(si.j, si.delta, si.kappa), UNITS.mV), label: "current inputs", style: "main" }],
        rulesX: LAYERS.slice(0, 3).map((l) => ({ value: l.delta_nm, label: l.name.split(",")[0]! })),
        rulesY: [{ value: 20, label: "20 mV" }],
      }];
    },
    presets: [
      { name: "moderate, 1 mA cm⁻²", values: { j: 1 } },
      { name: "fast, 5 mA cm⁻²", values: { j: 5 } },
      ...LAYERS.map((l) => ({ name: l.name, values: { delta: l.delta_nm, kappa: l.kappa_mS_cm } })),
    ],
  }),
};
