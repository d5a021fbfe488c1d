import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CONDUCTIVITY_mScm, MIN_THICKNESS_nm } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, FARADAY } from "./constants";
import { curve } from "./sweep";

const z = 1;

/** J_Na = (κ/(zF))·(Δφ/δ), SI: S m⁻¹, V, m → mol m⁻² s⁻¹; NaN for a non-positive thickness or conductivity. */
export function ionFlux(kappa: number, dphi: number, delta: number): number {
  if (!allFinite(kappa, dphi, delta) || !(kappa > 0 && delta > 0)) return NaN;
  return (kappa / (z * FARADAY)) * (dphi / delta);
}

/** Estimated conductivity of a native, inorganic-rich SEI (see the input's source). */
export const NATIVE_SEI_KAPPA_mS_cm = 1e-4;

const inputs = [
  { name: "kappa", symbol: "κ_SEI", tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: UNITS.mS_cm, default: NATIVE_SEI_KAPPA_mS_cm, min: MIN_CONDUCTIVITY_mScm, max: 100, scale: "log", source: "Estimate: 10⁻⁴ mS cm⁻¹ (10⁻⁷ S cm⁻¹) for a native, inorganic-rich SEI; the review gives no value for it, only that NaF, Na₂CO₃ and Na₂O conduct Na⁺ poorly. For comparison, the review quotes 0.12 mS cm⁻¹ for an engineered Na₃P layer (ref. 22)." },
  { name: "dphi", symbol: "Δφ_SEI", tex: String.raw`\Delta\phi_{\text{SEI}}`, meaning: "potential difference across the SEI", unit: UNITS.mV, default: 50, min: 0, max: 1000, scale: "linear", source: "Illustrative: 50 mV, comparable to the cell overpotentials the review reports for bare sodium at a few mA cm⁻²." },
  { name: "delta", symbol: "δ_SEI", tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: UNITS.nm, default: 50, min: MIN_THICKNESS_nm, max: 1e5, scale: "log", source: "Estimate: 50 nm, a typical order for a native SEI on sodium; the review gives no single thickness." },
] as const;

export const definition: EquationDefinition = {
  slug: "sei-ion-flux",
  kind: "review",
  number: 2,
  name: "Na⁺ flux through the SEI (one-dimensional)",
  latex: String.raw`J_{\text{Na}} \approx \left(\frac{\kappa_{\text{SEI}}}{zF}\right)\left(\frac{\Delta\phi_{\text{SEI}}}{\delta_{\text{SEI}}}\right)`,
  chapter: "native-sei",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`J_{\text{Na}}`, meaning: "molar flux of Na⁺ across the SEI", unit: "mol m⁻² s⁻¹", typed: ["J_Na", "JNa"] },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "ionic conductivity of the SEI", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
    { tex: String.raw`z`, meaning: "charge number of the ion (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`\Delta\phi_{\text{SEI}}`, meaning: "electrostatic potential difference across the SEI", unit: "mV", typed: ["delta phi", "Δφ"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
  ],
  aliases: ["ionic flux", "SEI transport bottleneck", "Ohm's law"],
  context:
    "Treat the interphase as a thin slab of ionic conductor and the sodium flux through it follows Ohm's law: conductivity times the field, which is the potential drop divided by the thickness, over zF to count moles instead of charge. The point the review draws from it is a bottleneck. Inorganic phases such as NaF, Na₂CO₃ and Na₂O conduct Na⁺ poorly; where they form connected paths, the same flux needs a larger drop across the layer, and at fast-charging current densities that extra polarisation becomes large. The calculator gives the flux and the current density it carries, and the chart shows which thickness can support 1 or 5 mA cm⁻² at the chosen drop.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "J", symbol: "J_Na", tex: String.raw`J_{\text{Na}}`, meaning: "Na⁺ flux through the SEI", unit: UNITS.mol_m2_s },
      { name: "i", symbol: "i", tex: "i", latex: String.raw`i = zF\,J_{\text{Na}}`, meaning: "equivalent current density, i = zF·J_Na", unit: UNITS.mA_cm2 },
    ],
    compute: ({ kappa, dphi, delta }) => {
      const J = ionFlux(kappa, dphi, delta);
      return { J, i: z * FARADAY * J };
    },
    chart: (si) => {
      const need = (jmA: number) => toSI(jmA, UNITS.mA_cm2) / (z * FARADAY);
      return [{
        kind: "line",
        title: "Na⁺ flux through the SEI against its thickness (log–log)",
        x: { label: "SEI thickness δ (nm)", scale: "log", domain: [1, 1e4] },
        y: { label: "J_Na (mol m⁻² s⁻¹)", scale: "log" },
        series: [{ label: "these κ and Δφ", style: "main", data: curve(1, 1e4, 40, "log", (d) => ionFlux(si.kappa, si.dphi, toSI(d, UNITS.nm))) }],
        points: [{ x: fromSI(si.delta, UNITS.nm), y: ionFlux(si.kappa, si.dphi, si.delta), label: "current inputs", style: "main" }],
        rulesY: [
          { value: need(1), label: "flux for 1 mA cm⁻²" },
          { value: need(5), label: "flux for 5 mA cm⁻²" },
        ],
      }];
    },
    presets: [
      { name: "native SEI (estimate)", values: { kappa: NATIVE_SEI_KAPPA_mS_cm, delta: 50 } },
      { name: "Na₃P-like layer, 0.12 mS cm⁻¹", values: { kappa: 0.12 } },
      { name: "thick resistive SEI, 500 nm", values: { delta: 500 } },
    ],
    constants: [CONSTANT_SYMBOLS.z, CONSTANT_SYMBOLS.F],
  }),
};
