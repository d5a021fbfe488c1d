/** The one test result that stands for an interphase in summaries and on its preview card. */
import type { Interphase } from "./schema";
import { formatCell, formatFigure, formatLifetime, formatValue } from "./format";
import { UNITS } from "../lib/units";

type Test = Interphase["tests"][number];

/**
 * The first test that reports both a current density and a lifetime; else the first with a lifetime (a full cell
 * run at a C-rate, say); else the first test.
 */
export function headlineTest(r: Interphase): Test | undefined {
  return r.tests.find((t) => t.currentDensity_mAcm2 && t.lifetime) ?? r.tests.find((t) => t.lifetime) ?? r.tests[0];
}

/**
 * The headline test in a few words: ">700 h at 0.25 mA cm⁻²", with " and 1 mAh cm⁻²" when the capacity is
 * printed; for a test without a current density, "600 cycles at 10 C" (the rate when printed). Its capacity
 * retention is left to the record page, beside the notes: one the review prints (85 % for rolled PVDF) is a
 * specific capacity in the cited paper. Empty when no test reports a lifetime.
 */
export function headlineSummary(r: Interphase): string {
  const t = headlineTest(r);
  if (!t?.lifetime) return "";
  if (t.currentDensity_mAcm2) {
    const capacity = t.arealCapacity_mAhcm2 ? ` and ${formatFigure(t.arealCapacity_mAhcm2)} ${UNITS.mAh_cm2.label}` : "";
    return `${formatLifetime(t.lifetime)} at ${formatFigure(t.currentDensity_mAcm2)} ${UNITS.mA_cm2.label}${capacity}`;
  }
  return `${formatLifetime(t.lifetime)}${t.cRate_C === undefined ? "" : ` at ${formatValue(t.cRate_C)} C`}`;
}

/** The headline with its cell: "400 cycles, full (NVP)"; empty when no test reports a lifetime. */
export function headlineWithCell(r: Interphase): string {
  const t = headlineTest(r);
  const summary = headlineSummary(r);
  return summary && t ? `${summary}, ${formatCell(t)}` : "";
}

/** What a preview card says about a record (the fields of sharing's InterphaseFacts). */
export function cardFacts(r: Interphase) {
  const headline = headlineWithCell(r) || `${r.tests.length} reported test result${r.tests.length === 1 ? "" : "s"}`;
  const detail = [r.family, r.phases?.join(", "), r.route ? [r.route].flat().join(" + ") : undefined].filter(Boolean).join(" · ");
  return { id: r.id, name: r.name, class: r.class, detail, headline };
}
