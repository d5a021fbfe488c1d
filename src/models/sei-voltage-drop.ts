import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "sei-voltage-drop",
  kind: "in-text",
  label: "D",
  name: "Voltage drop across an artificial SEI (design metric)",
  latex: String.raw`\Delta\Phi_{\text{SEI}} = \frac{J_{\text{Na}}\,\delta_{\text{SEI}}}{\kappa_{\text{SEI}}}`,
  chapter: "artificial-interphases",
  section: "sec-4",
  symbols: [
    { tex: String.raw`\Delta\Phi_{\text{SEI}}`, meaning: "voltage drop across the SEI", unit: "mV", typed: ["delta Phi", "ΔΦ"] },
    { tex: String.raw`J_{\text{Na}}`, meaning: "current density (here a current density, not the molar flux of eqn (2))", unit: "mA cm⁻²", typed: ["J_Na"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
  ],
  aliases: ["voltage drop", "polarization", "thickness trade-off", "area-specific resistance"],
  remark:
    "Here J_Na stands for a current density (A m⁻²), whereas in eqn (2) the same symbol is a molar flux; the two differ by the factor zF.",
};
