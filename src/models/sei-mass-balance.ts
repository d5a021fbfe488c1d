import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "sei-mass-balance",
  kind: "review",
  number: 1,
  name: "SEI areal mass balance",
  latex: String.raw`\frac{dm_{\text{SEI}}}{dt} = -\sum_{k \in \text{S}} W_k \left(s_k^{\text{prec}} - s_k^{\text{diss}}\right)`,
  chapter: "failure-mechanisms",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`m_{\text{SEI}}`, meaning: "SEI mass per unit electrode area", unit: "g cm⁻²", typed: ["m_SEI", "mSEI"] },
    { tex: String.raw`t`, meaning: "time", unit: "s" },
    { tex: String.raw`k \in \text{S}`, meaning: "index over the SEI's constituent phases (NaF, Na₂CO₃, organic salts …)", unit: "—" },
    { tex: String.raw`W_k`, meaning: "molar mass of phase k", unit: "g mol⁻¹", typed: ["W_k", "Wk"] },
    { tex: String.raw`s_k^{\text{prec}}`, meaning: "interfacial precipitation rate of phase k per unit area", unit: "mol cm⁻² s⁻¹", typed: ["s_prec", "sprec"] },
    { tex: String.raw`s_k^{\text{diss}}`, meaning: "interfacial dissolution rate of phase k per unit area", unit: "mol cm⁻² s⁻¹", typed: ["s_diss", "sdiss"] },
  ],
  aliases: ["SEI growth", "SEI dissolution", "precipitation", "mass balance"],
  erratum: {
    summary:
      "As printed, the leading minus sign makes the SEI lose mass whenever precipitation outpaces dissolution.",
    correctedLatex: String.raw`\frac{dm_{\text{SEI}}}{dt} = \sum_{k \in \text{S}} W_k \left(s_k^{\text{prec}} - s_k^{\text{diss}}\right)`,
    explanation:
      "With both rates defined as positive quantities, precipitation adds mass and dissolution removes it, so the net rate carries a plus sign. The calculator uses the corrected sign; the review's own reading (organic-rich domains dissolving thins the SEI) agrees with it.",
    refs: [43, 44],
  },
};
