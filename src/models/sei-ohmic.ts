import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "sei-ohmic",
  kind: "review",
  number: 3,
  name: "Ohmic current density across the SEI",
  latex: String.raw`i = \frac{\kappa_{\text{SEI}}\,\Delta\phi_{\text{SEI}}}{\delta_{\text{SEI}}}`,
  chapter: "failure-mechanisms",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`i`, meaning: "ionic current density through the SEI, i = zF·J_Na", unit: "mA cm⁻²" },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "ionic conductivity of the SEI", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
    { tex: String.raw`\Delta\phi_{\text{SEI}}`, meaning: "potential difference across the SEI", unit: "mV", typed: ["delta phi", "Δφ"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
  ],
  aliases: ["ohmic drop", "current constriction", "hot spot"],
};
