import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "na-capacity",
  kind: "in-text",
  label: "B",
  name: "Theoretical specific capacity of sodium metal",
  latex: String.raw`Q_{\text{th}} = \frac{zF}{3.6\,M_{\text{Na}}} \approx 1166\ \text{mAh g}^{-1}`,
  chapter: "introduction",
  section: "sec-1",
  symbols: [
    { tex: String.raw`Q_{\text{th}}`, meaning: "theoretical specific capacity", unit: "mAh g⁻¹", typed: ["Q_th", "capacity"] },
    { tex: String.raw`z`, meaning: "electrons per atom (1 for Na)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`M_{\text{Na}}`, meaning: "molar mass of sodium, 22.99 g mol⁻¹", unit: "g mol⁻¹", typed: ["M_Na"] },
    { tex: String.raw`3.6`, meaning: "conversion: 1 mAh = 3.6 C", unit: "C mAh⁻¹" },
  ],
  aliases: ["theoretical capacity", "1166 mAh/g", "specific capacity"],
  remark: "The review states the value (1166 mAh g⁻¹); the formula that gives it is standard: 96 485 / (3.6 × 22.99) = 1165.8.",
};
