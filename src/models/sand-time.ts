import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "sand-time",
  kind: "review",
  number: 6,
  name: "Sand's time (onset of Na⁺ depletion at the surface)",
  latex: String.raw`t_{\text{Sand}} = \frac{\pi D}{4}\left(\frac{zFC_0(1-t_+)}{j}\right)^2`,
  chapter: "failure-mechanisms",
  section: "sec-2-2",
  symbols: [
    { tex: String.raw`t_{\text{Sand}}`, meaning: "Sand's time: when the surface Na⁺ concentration first reaches zero", unit: "s", typed: ["t_Sand", "tSand", "t_sand", "Sand time"] },
    { tex: String.raw`D`, meaning: "effective diffusion coefficient of the electrolyte salt", unit: "cm² s⁻¹", typed: ["D"] },
    { tex: String.raw`z`, meaning: "ion valence (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`C_0`, meaning: "bulk salt concentration", unit: "mol L⁻¹", typed: ["C0", "C_0", "c0"] },
    { tex: String.raw`t_+`, meaning: "cation transference number", unit: "—", typed: ["t+", "t₊", "t_+", "tplus"] },
    { tex: String.raw`j`, meaning: "applied current density", unit: "mA cm⁻²" },
  ],
  aliases: ["Sand's time", "Sand equation", "concentration depletion", "diffusion-limited"],
  erratum: {
    summary: "The review prints (1 − t₊) in the numerator; the standard Sand result has it in the denominator.",
    correctedLatex: String.raw`t_{\text{Sand}} = \frac{\pi D}{4}\left(\frac{zFC_0}{j\,(1-t_+)}\right)^2`,
    explanation:
      "Only the anion's share of the current, (1 − t₊)·j, has to be carried by diffusion, so a larger cation transference number slows depletion and lengthens Sand's time (Sand 1901; Chazalviel, ref. 54; Bai et al., ref. 28). With (1 − t₊) in the numerator a higher t₊ would shorten it, the opposite. The calculators compute with the standard form and show the printed form's value beside it.",
    refs: [28, 54],
  },
};
