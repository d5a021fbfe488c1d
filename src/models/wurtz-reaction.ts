import type { EquationDefinition } from "./types";

export const definition: EquationDefinition = {
  slug: "wurtz-reaction",
  kind: "in-text",
  label: "E",
  name: "Wurtz-type reaction forming NaBr from 1-bromopropane",
  latex: String.raw`2\,\mathrm{R{-}Br} + 2\,\mathrm{Na} \longrightarrow \mathrm{R{-}R} + 2\,\mathrm{NaBr}`,
  chapter: "inorganic-interphases",
  section: "halides",
  symbols: [
    { tex: String.raw`\mathrm{R{-}Br}`, meaning: "1-bromopropane (R = n-propyl, C₃H₇)", unit: "—", typed: ["R-Br", "RBr", "bromopropane"] },
    { tex: String.raw`\mathrm{Na}`, meaning: "sodium metal", unit: "—" },
    { tex: String.raw`\mathrm{R{-}R}`, meaning: "the coupled alkane (n-hexane for R = propyl)", unit: "—", typed: ["R-R", "hexane"] },
    { tex: String.raw`\mathrm{NaBr}`, meaning: "sodium bromide, the protective layer", unit: "—" },
  ],
  aliases: ["Wurtz reaction", "NaBr layer", "1-bromopropane"],
};
