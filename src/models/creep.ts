import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "creep",
  kind: "review",
  number: 4,
  name: "Power-law (Norton) creep with an Arrhenius term",
  latex: String.raw`\dot{\epsilon} = A\sigma^{n}\exp\left(-\frac{Q}{RT}\right)`,
  chapter: "failure-mechanisms",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`\dot{\epsilon}`, meaning: "creep strain rate", unit: "s⁻¹", typed: ["epsilon dot", "strain rate"] },
    { tex: String.raw`A`, meaning: "material constant (pre-factor)", unit: "MPa⁻ⁿ s⁻¹" },
    { tex: String.raw`\sigma`, meaning: "applied stress", unit: "MPa", typed: ["sigma", "σ"] },
    { tex: String.raw`n`, meaning: "stress exponent (material constant)", unit: "—" },
    { tex: String.raw`Q`, meaning: "activation energy for creep (material constant)", unit: "kJ mol⁻¹" },
    { tex: String.raw`R`, meaning: "gas constant, 8.314 J mol⁻¹ K⁻¹", unit: "J mol⁻¹ K⁻¹" },
    { tex: String.raw`T`, meaning: "absolute temperature", unit: "K" },
  ],
  aliases: ["Norton creep", "viscoplastic flow", "homologous temperature"],
};
