import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "tafel",
  kind: "review",
  number: 5,
  name: "Tafel activation overpotential",
  latex: String.raw`\eta = \frac{RT}{\alpha z F}\ln\left(\frac{j}{i_0}\right)`,
  chapter: "failure-mechanisms",
  section: "sec-2-2",
  symbols: [
    { tex: String.raw`\eta`, meaning: "local activation overpotential", unit: "mV", typed: ["eta", "η"] },
    { tex: String.raw`R`, meaning: "gas constant, 8.314 J mol⁻¹ K⁻¹", unit: "J mol⁻¹ K⁻¹" },
    { tex: String.raw`T`, meaning: "absolute temperature", unit: "K" },
    { tex: String.raw`\alpha`, meaning: "charge-transfer coefficient", unit: "—", typed: ["alpha", "α"] },
    { tex: String.raw`z`, meaning: "valence of the ion (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`j`, meaning: "applied current density", unit: "mA cm⁻²" },
    { tex: String.raw`i_0`, meaning: "local exchange current density", unit: "mA cm⁻²", typed: ["i_0", "i0"] },
  ],
  aliases: ["Tafel equation", "Butler–Volmer", "exchange current density", "activation overpotential"],
};
