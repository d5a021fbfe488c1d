import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "void-flux",
  kind: "review",
  number: 7,
  name: "Void current density during stripping",
  latex: String.raw`J_{\text{void}} = \frac{j}{zF}\left(1-\frac{\eta}{\eta_c}\right)`,
  chapter: "failure-mechanisms",
  section: "sec-2-2",
  symbols: [
    { tex: String.raw`J_{\text{void}}`, meaning: "rate of void formation beneath the SEI, as a molar flux", unit: "mol m⁻² s⁻¹", typed: ["J_void", "Jvoid"] },
    { tex: String.raw`j`, meaning: "applied stripping current density", unit: "mA cm⁻²" },
    { tex: String.raw`z`, meaning: "ion valence (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`\eta`, meaning: "stripping overpotential", unit: "mV", typed: ["eta", "η"] },
    { tex: String.raw`\eta_c`, meaning: "critical overpotential for uniform stripping", unit: "mV", typed: ["eta_c", "etac", "ηc"] },
  ],
  aliases: ["void formation", "dead sodium", "stripping", "dead Na"],
  remark: "The relation is meaningful only for η ≤ η_c; beyond that it would give a negative flux.",
};
