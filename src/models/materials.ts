/**
 * Material data shared by several models: molar masses from standard atomic weights, densities from handbooks.
 * Each entry names its source; estimates say so.
 */

/** IUPAC standard atomic weights (conventional values), g mol⁻¹. */
const ATOMIC_WEIGHT = {
  H: 1.008, Li: 6.94, C: 12.011, O: 15.999, F: 18.998_403_162, Na: 22.989_769_28, K: 39.0983, Br: 79.904,
} as const;

type Element = keyof typeof ATOMIC_WEIGHT;

/** Molar mass in kg mol⁻¹ of a formula given as element counts: { Na: 2, C: 1, O: 3 } → Na₂CO₃. */
export function molarMass(formula: Partial<Record<Element, number>>): number {
  let grams = 0;
  for (const [el, n] of Object.entries(formula) as [Element, number][]) grams += ATOMIC_WEIGHT[el] * n;
  return grams / 1000;
}

export interface Material {
  /** Display formula. */
  formula: string;
  name: string;
  /** kg mol⁻¹. */
  molarMass: number;
  /** kg m⁻³. */
  density: number;
  /** Where the density comes from. */
  densitySource: string;
}

const HANDBOOK = "CRC Handbook of Chemistry and Physics (room temperature)";

export const MATERIALS = {
  Na: { formula: "Na", name: "sodium", molarMass: molarMass({ Na: 1 }), density: 968, densitySource: HANDBOOK },
  Li: { formula: "Li", name: "lithium", molarMass: molarMass({ Li: 1 }), density: 534, densitySource: HANDBOOK },
  K: { formula: "K", name: "potassium", molarMass: molarMass({ K: 1 }), density: 862, densitySource: HANDBOOK },
  NaF: { formula: "NaF", name: "sodium fluoride", molarMass: molarMass({ Na: 1, F: 1 }), density: 2558, densitySource: HANDBOOK },
  Na2CO3: { formula: "Na₂CO₃", name: "sodium carbonate", molarMass: molarMass({ Na: 2, C: 1, O: 3 }), density: 2540, densitySource: HANDBOOK },
  Na2O: { formula: "Na₂O", name: "sodium oxide", molarMass: molarMass({ Na: 2, O: 1 }), density: 2270, densitySource: HANDBOOK },
  Na2EDC: {
    formula: "(CH₂OCO₂Na)₂",
    name: "sodium ethylene dicarbonate, a typical organic SEI salt",
    molarMass: molarMass({ C: 4, H: 4, Na: 2, O: 6 }),
    density: 1600,
    densitySource: "estimate: no measured density found; organic sodium salts such as sodium acetate lie near 1.5–1.9 g cm⁻³",
  },
  NaBr: { formula: "NaBr", name: "sodium bromide", molarMass: molarMass({ Na: 1, Br: 1 }), density: 3210, densitySource: HANDBOOK },
  hexane: { formula: "C₆H₁₄", name: "n-hexane", molarMass: molarMass({ C: 6, H: 14 }), density: 655, densitySource: HANDBOOK },
  bromopropane: { formula: "C₃H₇Br", name: "1-bromopropane", molarMass: molarMass({ C: 3, H: 7, Br: 1 }), density: 1354, densitySource: HANDBOOK },
} as const satisfies Record<string, Material>;

/** Melting point of sodium, 97.79 °C (CRC Handbook), in K. */
export const SODIUM_MELTING_POINT = 370.94;
