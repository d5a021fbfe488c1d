/** The formula images each equation offers for download: SVG and PNG, for light and dark slides. */
import type { EquationDefinition } from "../models/types";

export interface FormulaFile {
  /** File name under /formulas/: "sand-time-dark.png". */
  name: string;
  theme: "light" | "dark";
  format: "svg" | "png";
}

/** The form worth putting on a slide: the corrected one where the review prints an error. */
export function formulaTex(def: EquationDefinition): string {
  return def.erratum?.correctedLatex ?? def.latex;
}

export function formulaFiles(def: EquationDefinition): FormulaFile[] {
  return (["svg", "png"] as const).flatMap((format) =>
    (["light", "dark"] as const).map((theme) => ({ name: `${def.slug}-${theme}.${format}`, theme, format })),
  );
}
