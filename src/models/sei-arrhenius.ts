import type { EquationDefinition } from "./types";

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
};
