import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "c-rate",
  kind: "in-text",
  label: "A",
  name: "Current density from C-rate and cathode areal capacity",
  latex: String.raw`j = r\,Q_A`,
  chapter: "introduction",
  section: "sec-1",
  symbols: [
    { tex: String.raw`j`, meaning: "plating or stripping current density", unit: "mA cm⁻²" },
    { tex: String.raw`r`, meaning: "cell C-rate", unit: "h⁻¹", typed: ["C-rate", "C rate"] },
    { tex: String.raw`Q_A`, meaning: "cathode areal capacity (loading × specific capacity)", unit: "mAh cm⁻²", typed: ["Q_A", "QA", "areal capacity"] },
  ],
  aliases: ["C-rate", "areal capacity", "1C", "fast-charging threshold"],
};
