import type { Unit } from "../lib/units";

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

/**
 * What a calculator form is made from: an equation, or a page that joins several of them (the limits page,
 * `limits.ts`). The runtime needs only these fields, so both kinds run on the same code.
 */
export interface CalculatorHost {
  /** URL slug: the form is `#calc-<slug>`, its URL parameters `<slug>.<variable>`. */
  slug: string;
  /** One-line name. */
  name: string;
  /** The anchor a shared link points at; `eq-<slug>` unless said. */
  anchor?: string;
  /** Its live calculator and chart. */
  calculator: Calculator;
}

/** The anchor a shared calculation scrolls to. */
export function hostAnchor(host: CalculatorHost): string {
  return host.anchor ?? `eq-${host.slug}`;
}

export interface EquationDefinition extends CalculatorHost {
  /** URL slug and anchor stem: `#eq-<slug>`, `/eq/<slug>/`. */
  slug: string;
  /** `review`: numbered (1)–(7) in the review; `in-text`: stated inline, unnumbered; `site`: added by this site. */
  kind: "review" | "in-text" | "site";
  /** The review's equation number, for `review` equations only. */
  number?: number;
  /** Label shown instead of a number for `in-text` (A, B, …) and `site` (S1, S2, …) relations, in sequence per kind. */
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
  /** The paragraph of context it belongs to, in this site's words, for the equation's own page. */
  context: string;
  /** The review's reference numbers a `site` relation is taken from, shown with it. */
  refs?: number[];
}

/** The tag shown beside an equation: "(6)", "(A)", "(S1)". */
export function equationTag(def: EquationDefinition): string {
  return `(${def.number ?? def.label})`;
}

/** How running text names it: "eqn (6)", "relation (A)". */
export function equationMention(def: EquationDefinition): string {
  return def.kind === "review" ? `eqn ${equationTag(def)}` : `relation ${equationTag(def)}`;
}

/** How a control names the calculator it belongs to: an equation's mention ("eqn (6)"), another host's name. */
export function hostMention(def: CalculatorHost): string {
  return "kind" in def ? equationMention(def as EquationDefinition) : def.name;
}

/* ---------- Calculators: derived from the same definition ---------- */

/** Axis scale of an input (its chart sweep and sensible stepping) or of a chart axis. */
export type Scale = "linear" | "log";

/** A quantity shown to the reader: an input or a result. */
export interface Quantity {
  /** Form field and URL name: the URL parameter is `<slug>.<name>`. */
  name: string;
  /** Symbol as plain text; `_x` or `_{xy}` marks a subscript ("t_Sand", "κ_{SEI}"). */
  symbol: string;
  /** What it is, in a few words. */
  meaning: string;
  /** Display unit (the value a reader types or reads); the model always works in `unit.si`. */
  unit: Unit;
  /**
   * The symbol as the formula's TeX writes it (`C_0`, `\delta_{\text{SEI}}`): a worked solution puts the
   * value in its place. Without it the quantity cannot appear in a worked solution.
   */
  tex?: string;
  /** The unit its value is substituted in when that is not SI (a stress in MPa where a constant is quoted per MPaⁿ). */
  substituteIn?: Unit;
}

export interface InputVariable extends Quantity {
  /** Default, in the display unit. */
  default: number;
  /**
   * Smallest accepted value (display unit): a physical lower bound, above zero unless zero itself means
   * something (a process that is off). Shared floors are in `bounds.ts`.
   */
  min: number;
  /** Largest accepted value (display unit). */
  max: number;
  /** How the value is best swept and plotted. */
  scale: Scale;
  /** Where the default comes from: the review (with its reference number), a cited source, or a labelled estimate. */
  source: string;
}

export interface OutputVariable extends Quantity {
  /** Significant figures on screen (3 unless said). */
  digits?: number;
  /** A qualifier shown after the meaning, e.g. "as printed in the review". */
  qualifier?: string;
  /**
   * A result that names a case instead of measuring something (a verdict): `compute` returns the index of the
   * case, NaN when there is none; the page shows its label and `data-value` carries its key.
   */
  cases?: readonly { key: string; label: string }[];
  /**
   * The relation that gives it, in TeX, when that is not the equation itself (`Q_A = m_{\text{cat}}\,q_{\text{cat}}`).
   * An output without it whose `tex` is the equation's left-hand side is given by the equation (its corrected form
   * where the review's is wrong). Worked solutions substitute into this relation.
   */
  latex?: string;
}

/** A fixed quantity a formula contains (F, R, a molar mass): worked solutions substitute its value. */
export interface Constant {
  /** As the formula's TeX writes it: `F`, `W_{\text{NaF}}`. */
  tex: string;
  /** In SI. */
  value: number;
  /** The SI unit as a reader sees it ("C mol⁻¹"); empty for a pure number. */
  unit: string;
}

/** A named set of inputs (display units); inputs not named keep their current value. */
export interface Preset {
  name: string;
  values: Readonly<Record<string, number>>;
}

/** A remark about the current result, shown under the outputs. */
export interface CalcNote {
  tone: "info" | "warn";
  text: string;
}

/** A problem that involves more than one input (η above η_c); shown next to `input`. */
export interface CrossCheck {
  input: string;
  message: string;
}

export interface ChartAxis {
  label: string;
  scale: Scale;
  /** Fixed domain; without it the domain follows the finite data. */
  domain?: [number, number];
}

/** Colour roles, mapped to CSS custom properties so both themes stay readable. */
export type SeriesStyle = "main" | "alt" | "ref" | "ref2";

export interface ChartSeries {
  label: string;
  style: SeriesStyle;
  dashed?: boolean;
  /** [x, y] pairs in the axes' units; non-finite points are dropped when drawn. */
  data: [number, number][];
}

export interface LinePanel {
  kind: "line";
  /** Used as the chart's accessible name and caption. */
  title: string;
  x: ChartAxis;
  y: ChartAxis;
  series: ChartSeries[];
  /** The current inputs, marked on their curves. */
  points: { x: number; y: number; label: string; style: SeriesStyle }[];
  /** Vertical reference lines (a threshold, a limit). */
  rulesX?: { value: number; label: string }[];
  /** Horizontal reference lines. */
  rulesY?: { value: number; label: string }[];
  /** Write each point's label beside it (for named reference points). */
  labelPoints?: boolean;
  /** Shaded x ranges (a regime, a measured range). */
  bandsX?: { from: number; to: number; label: string }[];
  /** Shaded regions between two curves, [x, lower y, upper y] (a regime bounded by a relation, a stacked share). */
  areas?: ChartArea[];
  /** Name of a layer of points the page supplies (published results), drawn over the curves as links. */
  dataset?: string;
}

export interface ChartArea {
  label: string;
  style: SeriesStyle;
  /** [x, y₁, y₂] in the axes' units; the region between y₁ and y₂. Points off a log axis are dropped. */
  data: [number, number, number][];
}

/**
 * Points a page hands to a calculator's chart (the model cannot know them: models never import a feature).
 * Each point links to a page about it; its label is the link's name and its tooltip.
 */
export interface DatasetLayer {
  /** What the points are, for the chart's accessible description: "20 interphase test results". */
  subject: string;
  /**
   * Colour groups, in legend order, which is also the order of the points' links; `colour` is a CSS colour,
   * normally a custom property. A point is drawn only if its `group` is one of these keys.
   */
  groups: { key: string; label: string; colour: string }[];
  points: { x: number; y: number; group: string; href: string; label: string }[];
  /** A caution shown with the chart, e.g. that the points were measured under other conditions. */
  note?: string;
}

export interface BarPanel {
  kind: "bar";
  title: string;
  /** The value axis (horizontal). */
  x: ChartAxis;
  bars: { label: string; value: number; style: SeriesStyle }[];
}

export type ChartPanel = LinePanel | BarPanel;

type Values<K extends string> = Readonly<Record<K, number>>;

/**
 * The live calculator for one equation. Everything in SI; display units only through each variable's `unit`.
 * Invalid inputs never reach `compute`; `compute` still returns NaN rather than throwing when called out of domain.
 */
export interface Calculator<I extends string = string, O extends string = string> {
  inputs: (InputVariable & { name: I })[];
  /** Inputs shown in labelled groups, in this order; without it they form one group, "Inputs". */
  groups?: { legend: string; inputs: I[] }[];
  outputs: (OutputVariable & { name: O })[];
  compute(si: Values<I>): Record<O, number>;
  /** Problems that involve several inputs; the outputs show "—" while any is present. */
  check?(si: Values<I>): CrossCheck[];
  notes?(si: Values<I>, out: Values<O>): CalcNote[];
  chart(si: Values<I>, out: Values<O>): ChartPanel[];
  presets: Preset[];
  /** Fixed quantities in the formulas, for worked solutions. */
  constants?: Constant[];
}

/** The input called `name` of a list; an unknown name fails the build, so a renamed input cannot be missed. */
export function inputNamed<V extends { name: string }, N extends V["name"]>(list: readonly V[], name: N): Extract<V, { name: N }> {
  const found = list.find((v) => v.name === name);
  if (!found) throw new Error(`No input "${name}" in [${list.map((v) => v.name).join(", ")}]`);
  return found as Extract<V, { name: N }>;
}

/** Ties input and output names together for type checking; returns the calculator unchanged. */
export function defineCalculator<I extends string, O extends string>(c: Calculator<I, O>): Calculator {
  return c as unknown as Calculator;
}
