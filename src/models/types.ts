/**
 * The single definition of an equation. Its rendering, anchors, in-text links,
 * equation page, calculator, chart and search entry are all derived from it.
 */
export interface EquationSymbol {
  /** TeX of the symbol, e.g. `t_{\text{Sand}}`. */
  tex: string;
  /** What the symbol means, in a few words. */
  meaning: string;
  /** Unit as a reader sees it ("mA cm⁻²"); "—" for dimensionless. */
  unit: string;
  /** How a reader types it into a search box: "t_Sand", "tSand". */
  typed?: string[];
}

export interface Erratum {
  /** One line: what the review prints and why it is wrong. */
  summary: string;
  /** The corrected form we compute with. */
  correctedLatex: string;
  /** Why the correction holds, with sources (reference numbers of the review). */
  explanation: string;
  /** Reference numbers supporting the correction. */
  refs?: number[];
}

export interface EquationDefinition {
  /** URL slug and anchor stem: `#eq-<slug>`, `/eq/<slug>/`. */
  slug: string;
  /** `review`: numbered (1)–(7) in the review; `in-text`: stated inline, unnumbered; `site`: added by this site. */
  kind: "review" | "in-text" | "site";
  /** The review's equation number, for `review` equations only. */
  number?: number;
  /** Label shown instead of a number for `in-text` (A–E) and `site` (S1, S2) relations. */
  label?: string;
  /** One-line name. */
  name: string;
  /** The relation as the review prints it (for `site`, as this site states it). */
  latex: string;
  /** Chapter page (content/chapters/<chapter>.mdx) where the equation is displayed. */
  chapter: string;
  /** Section anchor within the chapter, e.g. "sec-2-2". */
  section: string;
  /** Every symbol, with meaning and unit. */
  symbols: EquationSymbol[];
  /** Other names a reader may search for. */
  aliases?: string[];
  /** Where the review prints something wrong: shown beside the printed form. */
  erratum?: Erratum;
  /** A short remark shown under the equation (e.g. on notation). */
  remark?: string;
}

/** The tag shown beside an equation: "(6)", "(A)", "(S1)". */
export function equationTag(def: EquationDefinition): string {
  return `(${def.number ?? def.label})`;
}

/** How running text names it: "eqn (6)", "relation (A)". */
export function equationMention(def: EquationDefinition): string {
  return def.kind === "review" ? `eqn ${equationTag(def)}` : `relation ${equationTag(def)}`;
}
