import { defineCalculator, type EquationDefinition } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { curve } from "./sweep";
import { MATERIALS } from "./materials";
import { formatNumber } from "../lib/format";

const { Na, NaBr, hexane, bromopropane } = MATERIALS;

/**
 * 2 R–Br + 2 Na → R–R + 2 NaBr, per unit area, from the thickness of sodium consumed (m).
 * Returns moles per m² of Na (= NaBr = R–Br) and of alkane, and the areal mass and dense-layer thickness of NaBr.
 */
export function wurtzPerArea(dNa: number) {
  if (!allFinite(dNa) || !(dNa >= 0)) return { nNa: NaN, mNaBr: NaN, dNaBr: NaN, nAlkane: NaN, mAlkane: NaN, mRBr: NaN };
  const nNa = (dNa * Na.density) / Na.molarMass; // mol m⁻²
  const mNaBr = nNa * NaBr.molarMass; // kg m⁻²
  const nAlkane = nNa / 2;
  return {
    nNa,
    mNaBr,
    dNaBr: mNaBr / NaBr.density,
    nAlkane,
    mAlkane: nAlkane * hexane.molarMass,
    mRBr: nNa * bromopropane.molarMass,
  };
}

/** Thickness of dense NaBr per thickness of sodium consumed: (M_NaBr/ρ_NaBr)/(M_Na/ρ_Na). */
export const NABR_PER_NA = NaBr.molarMass / NaBr.density / (Na.molarMass / Na.density);

const inputs = [
  {
    name: "dNa", symbol: "δ_Na", tex: String.raw`\delta_{\text{Na}}`, meaning: "thickness of sodium consumed", unit: UNITS.um,
    default: 1.5, min: 0, max: 1000, scale: "linear",
    source: "1.5 µm, which yields about 2 µm of NaBr, the thinner end of the ≈ 2–12 µm layer the review reports (section 4.1, ref. 10).",
  },
] as const;

export const definition: EquationDefinition = {
  slug: "wurtz-reaction",
  kind: "in-text",
  label: "D",
  name: "Wurtz-type reaction forming NaBr from 1-bromopropane",
  latex: String.raw`2\,\mathrm{R{-}Br} + 2\,\mathrm{Na} \longrightarrow \mathrm{R{-}R} + 2\,\mathrm{NaBr}`,
  chapter: "inorganic-interphases",
  section: "halides",
  symbols: [
    { tex: String.raw`\mathrm{R{-}Br}`, meaning: "1-bromopropane (R = n-propyl, C₃H₇)", unit: "—", typed: ["R-Br", "RBr", "bromopropane"] },
    { tex: String.raw`\mathrm{Na}`, meaning: "sodium metal", unit: "—" },
    { tex: String.raw`\mathrm{R{-}R}`, meaning: "the coupled alkane (n-hexane for R = propyl)", unit: "—", typed: ["R-R", "hexane"] },
    { tex: String.raw`\mathrm{NaBr}`, meaning: "sodium bromide, the protective layer", unit: "—" },
  ],
  aliases: ["Wurtz reaction", "NaBr layer", "1-bromopropane"],
  context:
    "Soaking sodium in 1-bromopropane couples two propyl groups into hexane and leaves sodium bromide on the metal, one NaBr for every sodium atom consumed. Bromide is chosen over fluoride because Na⁺ moves across its surface more easily, while the salt still blocks electrons. The stoichiometry fixes how much metal a coating of a given thickness costs: a dense NaBr layer is about 1.35 times as thick as the sodium it replaces. The review reports layers of roughly 2–12 µm from this treatment and argues that sub-micrometre films would waste less sodium and volume; the calculator shows what each thickness consumes and how much alkane it releases.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "dNaBr", symbol: "δ_NaBr", tex: String.raw`\delta_{\text{NaBr}}`, latex: String.raw`\delta_{\text{NaBr}} = \frac{m_{\text{NaBr}}}{\rho_{\text{NaBr}}}`, meaning: "thickness of the dense NaBr layer formed", unit: UNITS.um },
      { name: "mNaBr", symbol: "m_NaBr", tex: String.raw`m_{\text{NaBr}}`, latex: String.raw`m_{\text{NaBr}} = n_{\text{Na}}\,M_{\text{NaBr}}`, meaning: "areal mass of NaBr", unit: UNITS.mg_cm2 },
      { name: "nNa", symbol: "n_Na", tex: String.raw`n_{\text{Na}}`, latex: String.raw`n_{\text{Na}} = \frac{\delta_{\text{Na}}\,\rho_{\text{Na}}}{M_{\text{Na}}}`, meaning: "sodium consumed (= 1-bromopropane used)", unit: UNITS.umol_cm2 },
      { name: "nAlkane", symbol: "n_R–R", tex: String.raw`n_{\text{R–R}}`, latex: String.raw`n_{\text{R–R}} = \frac{n_{\text{Na}}}{2}`, meaning: "n-hexane released", unit: UNITS.umol_cm2 },
      { name: "mAlkane", symbol: "m_R–R", tex: String.raw`m_{\text{R–R}}`, latex: String.raw`m_{\text{R–R}} = n_{\text{R–R}}\,M_{\text{R–R}}`, meaning: "mass of n-hexane released", unit: UNITS.ug_cm2 },
    ],
    compute: ({ dNa }) => {
      const r = wurtzPerArea(dNa);
      return { dNaBr: r.dNaBr, mNaBr: r.mNaBr, nNa: r.nNa, nAlkane: r.nAlkane, mAlkane: r.mAlkane };
    },
    chart: (si) => {
      const nabr = (dNa: number) => fromSI(wurtzPerArea(toSI(dNa, UNITS.um)).dNaBr, UNITS.um);
      const top = Math.max(10, fromSI(si.dNa, UNITS.um) * 1.2 || 10);
      return [{
        kind: "line",
        title: "NaBr layer thickness against the thickness of sodium consumed",
        x: { label: "sodium consumed (µm)", scale: "linear", domain: [0, top] },
        y: { label: "NaBr layer (µm)", scale: "linear", domain: [0, nabr(top)] },
        series: [{ label: `dense NaBr, ${formatNumber(NABR_PER_NA)} µm per µm of Na`, style: "main", data: curve(0, top, 2, "linear", nabr) }],
        points: [{ x: fromSI(si.dNa, UNITS.um), y: nabr(fromSI(si.dNa, UNITS.um)), label: "current input", style: "main" }],
        bandsX: [{ from: 2 / NABR_PER_NA, to: Math.min(12 / NABR_PER_NA, top), label: "2–12 µm NaBr reported" }],
      }];
    },
    presets: [
      { name: "review's thinnest layer, ≈ 2 µm NaBr", values: { dNa: 1.48 } },
      { name: "review's thickest layer, ≈ 12 µm NaBr", values: { dNa: 8.9 } },
      { name: "sub-micron target, 0.5 µm NaBr", values: { dNa: 0.37 } },
    ],
    constants: [
      { tex: String.raw`\rho_{\text{Na}}`, value: Na.density, unit: "kg m⁻³" },
      { tex: String.raw`M_{\text{Na}}`, value: Na.molarMass, unit: "kg mol⁻¹" },
      { tex: String.raw`M_{\text{NaBr}}`, value: NaBr.molarMass, unit: "kg mol⁻¹" },
      { tex: String.raw`\rho_{\text{NaBr}}`, value: NaBr.density, unit: "kg m⁻³" },
      { tex: String.raw`M_{\text{R–R}}`, value: hexane.molarMass, unit: "kg mol⁻¹" },
    ],
  }),
};
