import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "sei-ion-flux",
  kind: "review",
  number: 2,
  name: "Na⁺ flux through the SEI (one-dimensional)",
  latex: String.raw`J_{\text{Na}} \approx \left(\frac{\kappa_{\text{SEI}}}{zF}\right)\left(\frac{\Delta\phi_{\text{SEI}}}{\delta_{\text{SEI}}}\right)`,
  chapter: "failure-mechanisms",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`J_{\text{Na}}`, meaning: "molar flux of Na⁺ across the SEI", unit: "mol m⁻² s⁻¹", typed: ["J_Na", "JNa"] },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "ionic conductivity of the SEI", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
    { tex: String.raw`z`, meaning: "charge number of the ion (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`\Delta\phi_{\text{SEI}}`, meaning: "electrostatic potential difference across the SEI", unit: "mV", typed: ["delta phi", "Δφ"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
  ],
  aliases: ["ionic flux", "SEI transport bottleneck", "Ohm's law"],
};
