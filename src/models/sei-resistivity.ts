import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CONDUCTIVITY_mScm, MIN_THICKNESS_nm } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { curve } from "./sweep";
import { LAYERS } from "./layers";

/** ρ = δ/κ, SI: m, S m⁻¹ → Ω m² (an area-specific resistance). */
export function areaSpecificResistance(delta: number, kappa: number): number {
  if (!allFinite(delta, kappa) || !(delta >= 0 && kappa > 0)) return NaN;
  return delta / kappa;
}

const inputs = [
  { name: "delta", symbol: "δ_SEI", tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: UNITS.nm, default: LAYERS[0]!.delta_nm, min: MIN_THICKNESS_nm, max: 1e5, scale: "log", source: LAYERS[0]!.source },
  { name: "kappa", symbol: "κ_SEI", tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: UNITS.mS_cm, default: LAYERS[0]!.kappa_mS_cm, min: MIN_CONDUCTIVITY_mScm, max: 100, scale: "log", source: LAYERS[0]!.source },
] as const;

export const definition: EquationDefinition = {
  slug: "sei-resistivity",
  kind: "in-text",
  label: "B",
  name: "Local SEI resistance per unit area",
  latex: String.raw`\rho_{\text{SEI}} = \frac{\delta_{\text{SEI}}}{\kappa_{\text{SEI}}}`,
  chapter: "native-sei",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`\rho_{\text{SEI}}`, meaning: "local SEI 'resistivity' (area-specific resistance)", unit: "Ω cm²", typed: ["rho_SEI", "ρ"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
  ],
  aliases: ["SEI resistivity", "area-specific resistance", "current constriction", "hot spot"],
  remark:
    "The review calls δ/κ a resistivity; dimensionally it is an area-specific resistance (Ω cm²), which is what sets the local current under a shared voltage.",
  context:
    "Thickness and conductivity matter only through their ratio: a layer twice as thick but twice as conductive resists the same. That ratio, the area-specific resistance δ/κ, is the quantity that varies from place to place in a mosaic interphase, and where it is low the current concentrates. It is also how engineered coatings compare with each other: a few nanometres of a poor conductor can cost less than micrometres of a good one. The presets hold layers the review describes, with their reported thicknesses; where the review gives no conductivity the value is an estimate and is marked as one.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [{ name: "rho", symbol: "ρ_SEI", tex: String.raw`\rho_{\text{SEI}}`, meaning: "area-specific resistance", unit: UNITS.ohm_cm2 }],
    compute: ({ delta, kappa }) => ({ rho: areaSpecificResistance(delta, kappa) }),
    chart: (si) => [{
      kind: "line",
      labelPoints: true,
      title: "Area-specific resistance against thickness for the chosen conductivity, with the review's example layers",
      x: { label: "thickness δ (nm)", scale: "log", domain: [1, 1e5] },
      y: { label: "ρ_SEI (Ω cm²)", scale: "log" },
      series: [{ label: "this conductivity", style: "main", data: curve(1, 1e5, 30, "log", (d) => fromSI(areaSpecificResistance(toSI(d, UNITS.nm), si.kappa), UNITS.ohm_cm2)) }],
      points: [
        ...LAYERS.map((l) => ({ x: l.delta_nm, y: fromSI(areaSpecificResistance(toSI(l.delta_nm, UNITS.nm), toSI(l.kappa_mS_cm, UNITS.mS_cm)), UNITS.ohm_cm2), label: l.name, style: "ref" as const })),
        { x: fromSI(si.delta, UNITS.nm), y: fromSI(areaSpecificResistance(si.delta, si.kappa), UNITS.ohm_cm2), label: "current inputs", style: "main" },
      ],
    }],
    presets: LAYERS.map((l) => ({ name: l.name, values: { delta: l.delta_nm, kappa: l.kappa_mS_cm } })),
  }),
};
