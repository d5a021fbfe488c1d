import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CURRENT_DENSITY_mAcm2 } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, FARADAY } from "./constants";
import { curve } from "./sweep";
import { MATERIALS } from "./materials";

const z = 1;
/** Molar volume of sodium metal, m³ mol⁻¹ (molar mass / density). */
const SODIUM_MOLAR_VOLUME = MATERIALS.Na.molarMass / MATERIALS.Na.density;

/** J_void = (j/(zF))·(1 − η/η_c), SI; NaN outside 0 ≤ η ≤ η_c, where eqn (7) does not hold. */
export function voidFlux(j: number, eta: number, etac: number): number {
  if (!allFinite(j, eta, etac) || !(j >= 0 && etac > 0 && eta >= 0 && eta <= etac)) return NaN;
  return (j / (z * FARADAY)) * (1 - eta / etac);
}

const inputs = [
  {
    name: "j", symbol: "j", tex: "j", meaning: "stripping current density", unit: UNITS.mA_cm2,
    default: 1, min: MIN_CURRENT_DENSITY_mAcm2, max: 100, scale: "log",
    source: "1 mA cm⁻²: where moderate-rate tests in the literature typically stay, by the review (section 4 opening).",
  },
  {
    name: "eta", symbol: "η", tex: String.raw`\eta`, meaning: "stripping overpotential", unit: UNITS.mV,
    default: 20, min: 0, max: 1000, scale: "linear",
    source: "20 mV: the order of the overpotentials the review reports for protected Na||Na cells (about 15–35 mV, sections 4.2 and 4.3).",
  },
  {
    name: "etac", symbol: "η_c", tex: String.raw`\eta_c`, meaning: "critical overpotential for uniform stripping", unit: UNITS.mV,
    default: 50, min: 1, max: 1000, scale: "linear",
    source: "Illustrative: 50 mV. The review gives no number for η_c, which depends on the interface (refs. 55, 56).",
  },
] as const;

export const definition: EquationDefinition = {
  slug: "void-flux",
  kind: "review",
  number: 7,
  name: "Rate of void formation during stripping",
  latex: String.raw`J_{\text{void}} = \frac{j}{zF}\left(1-\frac{\eta}{\eta_c}\right)`,
  chapter: "plating-and-stripping",
  section: "sec-2-2",
  symbols: [
    { tex: String.raw`J_{\text{void}}`, meaning: "rate of void formation beneath the SEI, as a molar flux", unit: "mol m⁻² s⁻¹", typed: ["J_void", "Jvoid"] },
    { tex: String.raw`j`, meaning: "applied stripping current density", unit: "mA cm⁻²" },
    { tex: String.raw`z`, meaning: "ion valence (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`\eta`, meaning: "stripping overpotential", unit: "mV", typed: ["eta", "η"] },
    { tex: String.raw`\eta_c`, meaning: "critical overpotential for uniform stripping", unit: "mV", typed: ["eta_c", "etac", "ηc"] },
  ],
  aliases: ["void formation", "void current density", "dead sodium", "stripping", "dead Na"],
  remark: "The review calls J_void a void current density; as written, j/(zF) makes it a molar flux (mol m⁻² s⁻¹). The relation is meaningful only for η ≤ η_c; beyond that it would give a negative flux.",
  context:
    "Stripping fails differently from plating. When sodium is pulled out faster than the metal can creep sideways to fill the gap, holes open under the interphase; the islands they cut off become dead sodium, and the cell loses capacity and Coulombic efficiency. Eqn (7) writes the rate of void formation as the stripping flux j/(zF) scaled by how far the overpotential sits below a critical value η_c. It is a phenomenological relation, valid only up to η_c, so the calculator reports no value above it instead of a negative flux. To make the number tangible it also converts the flux into the thickness of metal removed per second.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "J", symbol: "J_void", tex: String.raw`J_{\text{void}}`, meaning: "void formation rate (molar flux)", unit: UNITS.mol_m2_s },
      { name: "rate", symbol: "v_void", tex: String.raw`v_{\text{void}}`, latex: String.raw`v_{\text{void}} = J_{\text{void}}\,\frac{M_{\text{Na}}}{\rho_{\text{Na}}}`, meaning: "equivalent thickness of sodium voided per second", unit: UNITS.nm_s },
    ],
    compute: ({ j, eta, etac }) => {
      const J = voidFlux(j, eta, etac);
      return { J, rate: J * SODIUM_MOLAR_VOLUME };
    },
    check: ({ eta, etac }) =>
      eta > etac ? [{ input: "eta", message: "Above η_c: eqn (7) holds only for η ≤ η_c, so it gives no void flux here." }] : [],
    chart: (si) => {
      const etacmV = fromSI(si.etac, UNITS.mV);
      const flux = (jValue: number) => (etamV: number) => voidFlux(jValue, toSI(etamV, UNITS.mV), si.etac);
      const top = Number.isFinite(etacmV) ? etacmV : 50;
      return [{
        kind: "line",
        title: "Void formation rate against stripping overpotential, up to η_c",
        x: { label: "stripping overpotential η (mV)", scale: "linear", domain: [0, top * 1.15] },
        y: { label: "J_void (mol m⁻² s⁻¹)", scale: "linear" },
        series: [
          { label: "these inputs", style: "main", data: curve(0, top, 30, "linear", flux(si.j)) },
          { label: "fast, 5 mA cm⁻²", style: "ref", dashed: true, data: curve(0, top, 30, "linear", flux(toSI(5, UNITS.mA_cm2))) },
          { label: "moderate, 1 mA cm⁻²", style: "ref2", dashed: true, data: curve(0, top, 30, "linear", flux(toSI(1, UNITS.mA_cm2))) },
        ],
        points: [{ x: fromSI(si.eta, UNITS.mV), y: voidFlux(si.j, si.eta, si.etac), label: "current inputs", style: "main" }],
        rulesX: [{ value: top, label: "η_c: limit of eqn (7)" }],
      }];
    },
    presets: [
      { name: "moderate, 1 mA cm⁻²", values: { j: 1 } },
      { name: "fast, 5 mA cm⁻²", values: { j: 5 } },
      { name: "near the limit, η = 45 mV", values: { eta: 45 } },
    ],
    constants: [
      CONSTANT_SYMBOLS.z, CONSTANT_SYMBOLS.F,
      { tex: String.raw`M_{\text{Na}}`, value: MATERIALS.Na.molarMass, unit: "kg mol⁻¹" },
      { tex: String.raw`\rho_{\text{Na}}`, value: MATERIALS.Na.density, unit: "kg m⁻³" },
    ],
  }),
};
