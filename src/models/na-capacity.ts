import { defineCalculator, type EquationDefinition } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI } from "../lib/units";
import { CONSTANT_SYMBOLS, FARADAY } from "./constants";
import { MATERIALS } from "./materials";

/** Theoretical specific capacity zF/M, SI: kg mol⁻¹ → C kg⁻¹ (divide by 3600 for mAh g⁻¹, the 3.6 of the relation). */
export function specificCapacity(M: number, z = 1): number {
  if (!allFinite(M, z) || !(M > 0 && z > 0)) return NaN;
  return (z * FARADAY) / M;
}

const METALS = [MATERIALS.Li, MATERIALS.Na, MATERIALS.K];

const inputs = [
  { name: "M", symbol: "M", tex: String.raw`M_{\text{Na}}`, meaning: "molar mass of the metal", unit: UNITS.g_mol, default: 22.99, min: 1, max: 300, scale: "linear", source: "22.99 g mol⁻¹: sodium (IUPAC standard atomic weight)." },
  { name: "rho", symbol: "ρ", tex: String.raw`\rho`, meaning: "density of the metal", unit: UNITS.g_cm3, default: 0.968, min: 0.1, max: 25, scale: "linear", source: "0.968 g cm⁻³: sodium at room temperature (CRC Handbook)." },
  { name: "z", symbol: "z", tex: "z", meaning: "electrons per atom", unit: UNITS.none, default: 1, min: 1, max: 4, scale: "linear", source: "1 for the alkali metals." },
] as const;

export const definition: EquationDefinition = {
  slug: "na-capacity",
  kind: "site",
  label: "S3",
  name: "Theoretical specific capacity of sodium metal",
  latex: String.raw`Q_{\text{th}} = \frac{zF}{3.6\,M_{\text{Na}}} \approx 1166\ \text{mAh g}^{-1}`,
  chapter: "introduction",
  section: "sec-1",
  symbols: [
    { tex: String.raw`Q_{\text{th}}`, meaning: "theoretical specific capacity", unit: "mAh g⁻¹", typed: ["Q_th", "capacity"] },
    { tex: String.raw`z`, meaning: "electrons per atom (1 for Na)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`M_{\text{Na}}`, meaning: "molar mass of sodium, 22.99 g mol⁻¹", unit: "g mol⁻¹", typed: ["M_Na"] },
    { tex: String.raw`3.6`, meaning: "conversion: 1 mAh = 3.6 C", unit: "C mAh⁻¹" },
  ],
  aliases: ["theoretical capacity", "1166 mAh/g", "specific capacity"],
  remark: "Added by this site: the review prints only the value, 1166 mAh g⁻¹; this standard relation gives it, 96 485 / (3.6 × 22.99) = 1165.8.",
  context:
    "A metal anode stores charge in the metal itself, so its capacity is simply Faraday's constant per mole of atoms, divided by the molar mass: every atom gives one electron. For sodium that is about 1166 mAh g⁻¹, the figure the review cites, roughly three times less than lithium by mass but still far beyond intercalation hosts such as hard carbon. Per volume the gap to lithium is smaller, because sodium is denser. The calculator gives both, with lithium and potassium as presets for comparison.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "Qg", symbol: "Q_th", tex: String.raw`Q_{\text{th}}`, latex: String.raw`Q_{\text{th}} = \frac{zF}{M_{\text{Na}}}`, meaning: "gravimetric capacity", unit: UNITS.mAh_g, digits: 4 },
      { name: "Qv", symbol: "Q_vol", tex: String.raw`Q_{\text{vol}}`, latex: String.raw`Q_{\text{vol}} = Q_{\text{th}}\,\rho`, meaning: "volumetric capacity", unit: UNITS.mAh_cm3, digits: 4 },
    ],
    compute: ({ M, rho, z }) => {
      const Qg = specificCapacity(M, z);
      return { Qg, Qv: allFinite(rho) && rho > 0 ? Qg * rho : NaN };
    },
    chart: (_si, out) => [{
      kind: "line",
      labelPoints: true,
      title: "Gravimetric against volumetric capacity: lithium, sodium, potassium and the current inputs",
      x: { label: "gravimetric capacity (mAh g⁻¹)", scale: "linear", domain: [0, 4200] },
      y: { label: "volumetric capacity (mAh cm⁻³)", scale: "linear", domain: [0, 2400] },
      series: [],
      points: [
        ...METALS.map((m) => {
          const q = specificCapacity(m.molarMass);
          return { x: fromSI(q, UNITS.mAh_g), y: fromSI(q * m.density, UNITS.mAh_cm3), label: m.formula, style: "ref" as const };
        }),
        { x: fromSI(out.Qg, UNITS.mAh_g), y: fromSI(out.Qv, UNITS.mAh_cm3), label: "current inputs", style: "main" },
      ],
    }],
    presets: METALS.map((m) => ({
      name: `${m.name} (${m.formula})`,
      values: { M: Number((m.molarMass * 1000).toPrecision(6)), rho: m.density / 1000, z: 1 },
    })),
    constants: [CONSTANT_SYMBOLS.F],
  }),
};
