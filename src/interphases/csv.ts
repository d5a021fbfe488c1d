/**
 * The CSV download: one row per test result, the interphase's own fields repeated on each row, units in the
 * column names. Quoting follows RFC 4180 (CRLF line ends; fields with a comma, quote or line break are quoted).
 *
 * A figure keeps its qualifiers in one cell, in plain ASCII so spreadsheets and scripts can read it:
 * `4500`, `~4500`, `>4500`, `>=500`, `<100`, `<=~100`, `~0.5..1` (a printed range), `4.6+-2.1` (±),
 * then ` | of <phase>` and ` | vs <figure> <what>` where the review names them.
 * The derived `fast_charging` column reads `yes`, `current-only` or `no` (see `fastStatus`).
 */
import type { Interphase, InterphaseTest, Quantity } from "./schema";
import { cumulativeCapacity, fastStatus } from "./derived";
import { toCsv } from "../lib/csv";

const OP = { gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

export { csvField, toCsv } from "../lib/csv";

/** A figure in the CSV notation (see the file comment). */
export function csvFigure(q: Quantity | undefined): string {
  if (!q) return "";
  const approx = q.approx ? "~" : "";
  let text = "min" in q ? `${approx}${q.min}..${q.max}` : `${q.bound ? OP[q.bound] : ""}${approx}${q.value}${q.pm === undefined ? "" : `+-${q.pm}`}`;
  if (q.of) text += ` | of ${q.of}`;
  if (q.vs) text += ` | vs ${csvFigure({ ...q.vs, of: undefined })} ${q.vs.of}`;
  return text;
}

type RecordColumn = [header: string, value: (r: Interphase) => string];
type TestColumn = [header: string, value: (t: InterphaseTest) => string];

const list = (values: readonly (string | number)[] | undefined) => (values ?? []).join("; ");

const RECORD_COLUMNS: RecordColumn[] = [
  ["id", (r) => r.id],
  ["name", (r) => r.name],
  ["class", (r) => r.class],
  ["section", (r) => r.section],
  ["family", (r) => r.family],
  ["phases", (r) => list(r.phases)],
  ["precursor", (r) => r.precursor ?? ""],
  ["route", (r) => (Array.isArray(r.route) ? list(r.route) : (r.route ?? ""))],
  ["process_temperature_C", (r) => (typeof r.processTemperatureC === "string" ? r.processTemperatureC : csvFigure(r.processTemperatureC))],
  ["thickness_nm", (r) => csvFigure(r.thicknessNm)],
  ["youngs_modulus_GPa", (r) => csvFigure(r.youngsModulusGPa)],
  ["reduced_modulus_GPa", (r) => csvFigure(r.reducedModulusGPa)],
  ["crack_onset_strain_pct", (r) => csvFigure(r.crackOnsetStrain_pct)],
  ["ionic_conductivity_mS_cm", (r) => csvFigure(r.ionicConductivity_mScm)],
  ["activation_energy_kJ_mol", (r) => csvFigure(r.activationEnergy_kJmol)],
  ["diffusion_barrier_eV", (r) => csvFigure(r.diffusionBarrier_eV)],
  ["adsorption_energy_eV", (r) => csvFigure(r.adsorptionEnergy_eV)],
  ["interfacial_resistance_ohm", (r) => csvFigure(r.interfacialResistance_ohm)],
  ["refs", (r) => list(r.refs)],
  ["chapter", (r) => r.chapter],
  ["anchor", (r) => r.anchor],
  ["record_note", (r) => r.note ?? ""],
];

const TEST_COLUMNS: TestColumn[] = [
  ["cell", (t) => t.cell],
  ["cell_inferred", (t) => (t.cellInferred ? "true" : "false")],
  ["cathode", (t) => t.cathode ?? ""],
  ["electrolyte", (t) => t.electrolyte ?? ""],
  ["current_density_mA_cm2", (t) => csvFigure(t.currentDensity_mAcm2)],
  ["areal_capacity_mAh_cm2", (t) => csvFigure(t.arealCapacity_mAhcm2)],
  ["c_rate_C", (t) => (t.cRate_C === undefined ? "" : String(t.cRate_C))],
  ["lifetime", (t) => (t.lifetime ? csvFigure({ value: t.lifetime.value, approx: t.lifetime.approx, bound: t.lifetime.bound }) : "")],
  ["lifetime_unit", (t) => t.lifetime?.unit ?? ""],
  ["overpotential_mV", (t) => csvFigure(t.overpotential_mV)],
  ["final_overpotential_mV", (t) => csvFigure(t.finalOverpotential_mV)],
  ["coulombic_efficiency_pct", (t) => csvFigure(t.coulombicEfficiency_pct)],
  ["initial_coulombic_efficiency_pct", (t) => csvFigure(t.initialCoulombicEfficiency_pct)],
  ["capacity_retention_pct", (t) => csvFigure(t.capacityRetention_pct)],
  ["specific_capacity_mAh_g", (t) => csvFigure(t.specificCapacity_mAhg)],
  ["ccd_mA_cm2", (t) => (t.ccd_mAcm2 === undefined ? "" : String(t.ccd_mAcm2))],
  ["temperature_C", (t) => csvFigure(t.temperatureC)],
  ["figure", (t) => t.figure ?? ""],
  ["test_note", (t) => t.note ?? ""],
];

/** Every column name, in order. */
export const CSV_HEADER: readonly string[] = [
  ...RECORD_COLUMNS.map(([h]) => h),
  "test_index",
  ...TEST_COLUMNS.map(([h]) => h),
  "fast_charging",
  "cumulative_capacity_mAh_cm2",
];

/** The CSV of some records: one row per test result, in the order given, with the derived figures of `derived.ts`. */
export function interphaseCsv(records: readonly Interphase[]): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const r of records) {
    const own = RECORD_COLUMNS.map(([, value]) => value(r));
    r.tests.forEach((t, i) => {
      const cumulative = cumulativeCapacity(t);
      rows.push([...own, String(i), ...TEST_COLUMNS.map(([, value]) => value(t)), fastStatus(t), cumulative === undefined ? "" : String(cumulative)]);
    });
  }
  return toCsv(rows);
}
