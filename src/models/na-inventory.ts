import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "na-inventory",
  kind: "site",
  label: "S1",
  name: "Cycles until the excess sodium runs out (first order)",
  latex: String.raw`N_{\text{cyc}} \approx \frac{N/P - 1}{1 - \text{CE}}`,
  chapter: "outlook",
  section: "sec-5",
  symbols: [
    { tex: String.raw`N_{\text{cyc}}`, meaning: "cycles before the sodium excess is consumed", unit: "cycles", typed: ["N_cyc", "cycle life"] },
    { tex: String.raw`N/P`, meaning: "negative-to-positive areal capacity ratio", unit: "—", typed: ["N/P", "NP ratio"] },
    { tex: String.raw`\text{CE}`, meaning: "Coulombic efficiency per cycle (fraction)", unit: "—", typed: ["CE", "coulombic efficiency"] },
  ],
  aliases: ["sodium inventory", "N/P ratio", "Coulombic efficiency", "lean sodium"],
  remark:
    "Not in the review: a first-order estimate this site adds to make its N/P and CE argument quantitative. Each cycle loses (1 − CE) of the cycled capacity; the excess is (N/P − 1) of it.",
};
