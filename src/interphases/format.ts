/**
 * How the interphase dataset's figures read on screen: each figure as the review prints it, with its
 * qualifier ("~4500", ">700", "≥500", "~0.5–1", "4.6 ± 2.1"), through the site's one number formatter.
 */
import type { InterphaseTest, Lifetime, Quantity } from "./schema";
import { formatNumber } from "../lib/format";
import { UNITS } from "../lib/units";

const BOUND = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as const;

/** Enough significant figures that no printed figure is ever rounded (1252 stays 1252). */
const number = (v: number) => formatNumber(v, 6);

/** A printed figure with its qualifiers and no unit: "~4500", ">700", "≤ ~100", "~0.5–1", "−40 to 55", "4.6 ± 2.1". */
export function formatFigure(q: Quantity): string {
  const approx = q.approx ? "~" : "";
  if ("min" in q) {
    const joint = q.min < 0 ? " to " : "–";
    return `${approx}${number(q.min)}${joint}${number(q.max)}`;
  }
  const bound = q.bound ? BOUND[q.bound] : "";
  const pm = q.pm === undefined ? "" : ` ± ${number(q.pm)}`;
  return `${bound}${bound && approx ? "\u2009" : ""}${approx}${number(q.value)}${pm}`;
}

/** A figure with its unit: "~3.5 nm", "0.25 mA cm⁻²". */
export function formatWithUnit(q: Quantity, unit: string): string {
  return unit ? `${formatFigure(q)}\u00A0${unit}` : formatFigure(q);
}

/**
 * A figure with its unit, the phase it belongs to and the comparison printed with it:
 * "~9.4 GPa (Na₃OCl)", "~8.6 GPa, against ~3.4 GPa for sodium".
 */
export function formatFull(q: Quantity, unit: string): string {
  let text = formatWithUnit(q, unit);
  if (q.of) text += ` (${q.of})`;
  if (q.vs) text += `, against ${formatWithUnit(q.vs, unit)} for ${q.vs.of}`;
  return text;
}

/** Layer thickness: micrometre figures of the review read in µm again ("~2–12 µm"), smaller ones in nm. */
export function formatThickness(q: Quantity): string {
  const big = "min" in q ? q.min >= 1000 : q.value >= 1000;
  if (!big) return formatWithUnit(q, UNITS.nm.label);
  const um: Quantity =
    "min" in q ? { ...q, min: q.min / 1000, max: q.max / 1000 } : { ...q, value: q.value / 1000, pm: q.pm && q.pm / 1000 };
  return formatWithUnit(um, UNITS.um.label);
}

/** ">250 h", "~500 cycles". */
export function formatLifetime(l: Lifetime): string {
  return `${formatFigure(l)}\u00A0${l.unit === "h" ? "h" : "cycles"}`;
}

/** The cathode as a short label: its abbreviation when it has one ("Na₃V₂(PO₄)₃ (NVP)" → "NVP"), else its first words. */
export function cathodeLabel(cathode: string): string {
  const abbreviation = /\(([^\s()]{2,8})\)$/.exec(cathode);
  if (abbreviation) return abbreviation[1]!;
  return cathode.replace(/\s*\(.*\)$/, "");
}

/** "Na‖Na symmetric", "half", "full (NVP)", "asymmetric". */
export function formatCell(test: Pick<InterphaseTest, "cell" | "cathode">): string {
  if (test.cell === "symmetric") return "Na‖Na symmetric";
  if (test.cell === "full" && test.cathode) return `full (${cathodeLabel(test.cathode)})`;
  return test.cell;
}

/** Display labels of the cell facet (one per cell type, cathode left out). */
export const CELL_LABELS = { symmetric: "Na‖Na symmetric", half: "half", full: "full", asymmetric: "asymmetric" } as const;

/** A bare number for a derived value (cumulative capacity): "9000", "62.5". */
export function formatValue(v: number): string {
  return number(v);
}
