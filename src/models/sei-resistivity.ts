import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "sei-resistivity",
  kind: "in-text",
  label: "C",
  name: "Local SEI resistance per unit area",
  latex: String.raw`\rho_{\text{SEI}} = \frac{\delta_{\text{SEI}}}{\kappa_{\text{SEI}}}`,
  chapter: "failure-mechanisms",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`\rho_{\text{SEI}}`, meaning: "local SEI 'resistivity' (area-specific resistance)", unit: "Ω cm²", typed: ["rho_SEI", "ρ"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "SEI ionic conductivity", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
  ],
  aliases: ["SEI resistivity", "area-specific resistance", "current constriction", "hot spot"],
  remark:
    "The review calls δ/κ a resistivity; dimensionally it is an area-specific resistance (Ω cm²), which is what sets the local current under a shared voltage.",
};
