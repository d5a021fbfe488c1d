import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CONDUCTIVITY_mScm } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, GAS_CONSTANT, ROOM_TEMPERATURE } from "./constants";
import { curve } from "./sweep";

/** κ(T) = κ_ref·exp[−(Ea/R)(1/T − 1/T_ref)], SI. */
export function arrheniusConductivity(kappaRef: number, Ea: number, T: number, Tref: number): number {
  if (!allFinite(kappaRef, Ea, T, Tref) || !(kappaRef >= 0 && Ea >= 0 && T > 0 && Tref > 0)) return NaN;
  return kappaRef * Math.exp((-Ea / GAS_CONSTANT) * (1 / T - 1 / Tref));
}

/** Activation energies the review quotes (kJ mol⁻¹). */
const QUOTED = [
  { name: "Na₃P (red phosphorus), 11 kJ mol⁻¹", Ea: 11, ref: "ref. 22" },
  { name: "Na/VN–S composite, 37 kJ mol⁻¹", Ea: 37, ref: "no reference printed" },
  { name: "PVDF-rolled NaF/C–F, 39.1 kJ mol⁻¹", Ea: 39.1, ref: "ref. 91" },
] as const;

const inputs = [
  { name: "kappaRef", symbol: "κ_ref", tex: String.raw`\kappa_{\text{SEI}}(T_{\text{ref}})`, meaning: "conductivity at the reference temperature", unit: UNITS.mS_cm, default: 0.12, min: MIN_CONDUCTIVITY_mScm, max: 100, scale: "log", source: "0.12 mS cm⁻¹: the Na₃P interphase at room temperature (review, section 4.1, ref. 22)." },
  { name: "Ea", symbol: "E_a", tex: "E_a", meaning: "activation energy for Na⁺ transport", unit: UNITS.kJ_mol, default: 11, min: 0, max: 200, scale: "linear", source: "11 kJ mol⁻¹: the Na₃P interphase (review, section 4.1, ref. 22)." },
  { name: "T", symbol: "T", tex: "T", meaning: "temperature", unit: UNITS.K, default: 233.15, min: 150, max: 400, scale: "linear", source: "233.15 K (−40 °C): the low end of the temperature range the review reports for the PVDF-rolled electrode (section 4.3, ref. 91)." },
  { name: "Tref", symbol: "T_ref", tex: String.raw`T_{\text{ref}}`, meaning: "reference temperature", unit: UNITS.K, default: ROOM_TEMPERATURE, min: 150, max: 400, scale: "linear", source: "298.15 K (25 °C)." },
] as const;

export const definition: EquationDefinition = {
  slug: "sei-arrhenius",
  kind: "site",
  label: "S2",
  name: "Arrhenius temperature dependence of SEI ionic conductivity",
  latex: String.raw`\kappa_{\text{SEI}}(T) = \kappa_{\text{SEI}}(T_{\text{ref}})\,\exp\left[-\frac{E_a}{R}\left(\frac{1}{T} - \frac{1}{T_{\text{ref}}}\right)\right]`,
  chapter: "artificial-interphases",
  section: "sec-4",
  symbols: [
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: "mS cm⁻¹", typed: ["kappa", "κ"] },
    { tex: String.raw`E_a`, meaning: "activation energy for Na⁺ transport", unit: "kJ mol⁻¹", typed: ["E_a", "Ea", "activation energy"] },
    { tex: String.raw`R`, meaning: "gas constant, 8.314 J mol⁻¹ K⁻¹", unit: "J mol⁻¹ K⁻¹" },
    { tex: String.raw`T`, meaning: "absolute temperature", unit: "K" },
    { tex: String.raw`T_{\text{ref}}`, meaning: "reference temperature (298.15 K)", unit: "K", typed: ["T_ref"] },
  ],
  aliases: ["Arrhenius", "activation energy", "low temperature", "ionic conductivity"],
  remark:
    "Not in the review: this site adds it to compare the activation energies the review quotes (Na₃P ≈ 11, Na/VN–S ≈ 37, PVDF-rolled NaF/C–F 39.1 kJ mol⁻¹).",
  context:
    "Several coatings in the review are praised for a low activation energy for Na⁺ transport, a number that only means something once temperature changes. Ion hopping is thermally activated, so conductivity falls exponentially as the cell cools, and it falls faster the higher the barrier. Between 25 °C and −40 °C a layer with 11 kJ mol⁻¹ keeps roughly 30 % of its conductivity, while layers near 37–39 kJ mol⁻¹ keep less than 2 %. The calculator scales a room-temperature conductivity to another temperature and draws the three activation energies the review quotes side by side.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "kappa", symbol: "κ_SEI(T)", tex: String.raw`\kappa_{\text{SEI}}(T)`, meaning: "conductivity at T", unit: UNITS.mS_cm },
      { name: "ratio", symbol: "κ(T)/κ_ref", tex: String.raw`\kappa(T)/\kappa_{\text{ref}}`, latex: String.raw`\kappa(T)/\kappa_{\text{ref}} = \frac{\kappa_{\text{SEI}}(T)}{\kappa_{\text{SEI}}(T_{\text{ref}})}`, meaning: "fraction of the reference conductivity kept", unit: UNITS.none },
    ],
    compute: ({ kappaRef, Ea, T, Tref }) => {
      const kappa = arrheniusConductivity(kappaRef, Ea, T, Tref);
      return { kappa, ratio: kappaRef > 0 ? kappa / kappaRef : NaN };
    },
    chart: (si) => {
      const ratio = (EaKJ: number) => (T: number) => arrheniusConductivity(1, toSI(EaKJ, UNITS.kJ_mol), T, si.Tref);
      const styles = ["ref", "ref2", "alt"] as const;
      return [{
        kind: "line",
        title: "Fraction of the reference conductivity kept, against temperature, for the review's activation energies",
        x: { label: "temperature T (K)", scale: "linear", domain: [230, 330] },
        y: { label: "κ(T)/κ_ref", scale: "log" },
        series: [
          { label: "this activation energy", style: "main", data: curve(230, 330, 30, "linear", ratio(fromSI(si.Ea, UNITS.kJ_mol))) },
          ...QUOTED.map((q, i) => ({ label: `${q.name} (${q.ref})`, style: styles[i]!, dashed: true, data: curve(230, 330, 30, "linear", ratio(q.Ea)) })),
        ],
        points: [{ x: si.T, y: arrheniusConductivity(1, si.Ea, si.T, si.Tref), label: "current inputs", style: "main" }],
        rulesX: [{ value: 233.15, label: "−40 °C" }, { value: 328.15, label: "55 °C" }],
      }];
    },
    presets: [
      ...QUOTED.map((q) => ({ name: q.name, values: { Ea: q.Ea } })),
      { name: "−40 °C", values: { T: 233.15 } },
      { name: "55 °C", values: { T: 328.15 } },
    ],
    constants: [CONSTANT_SYMBOLS.R],
  }),
};
