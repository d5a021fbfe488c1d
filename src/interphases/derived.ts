/**
 * What the site derives from a record and never stores: where each test stands against the review's
 * fast-charging window, and the charge plated over a reported lifetime. One definition, read by the table,
 * its facet and sort, the chart's symbols, the record pages, the JSON and CSV downloads and the chapter
 * figures. Types only from the schema (no zod), so the table script can load it in the browser.
 */
import type { Interphase, InterphaseTest, Quantity } from "./schema";

/** Thresholds of the review's fast-charging window (opening of section 4; section 2 opens with the same 2 mA cm⁻²). */
export const FAST_CHARGING = {
  /** "2 mA cm⁻² and above". */
  minCurrentDensity_mAcm2: 2,
  /** Lower end of "near 0.5 to 3 mAh cm⁻²"; higher capacities also qualify, as the review counts 4–5 mAh cm⁻² tests. */
  minArealCapacity_mAhcm2: 0.5,
} as const;

/**
 * Where a test stands, best first:
 * - `yes`: in the window, a current density of at least 2 mA cm⁻² with at least 0.5 mAh cm⁻² per half-cycle;
 * - `current-only`: at least 2 mA cm⁻², which the review calls fast, but no areal capacity is printed, so the
 *   window cannot be checked (Zn-HCNT at 5–10 mA cm⁻², for instance);
 * - `no`: below 2 mA cm⁻², no current density printed (C-rates only), or a printed capacity below 0.5 mAh cm⁻².
 */
export const FAST_STATUSES = ["yes", "current-only", "no"] as const;
export type FastStatus = (typeof FAST_STATUSES)[number];

/** Short form, for a table cell or a facet box. */
export const FAST_LABELS: Record<FastStatus, string> = {
  yes: "yes",
  "current-only": "fast current, capacity not printed",
  no: "no",
};

/** Long form, for a legend or a sentence: "… in the window". */
export const FAST_DESCRIPTIONS: Record<FastStatus, string> = {
  yes: "in the fast-charging window (≥ 2 mA cm⁻² with ≥ 0.5 mAh cm⁻²)",
  "current-only": "fast current (≥ 2 mA cm⁻²), areal capacity not printed",
  no: "not in the fast-charging window",
};

/**
 * The smallest value a quantity is known to reach: the value of a point (also when it is
 * "more than"/"at least" it), the lower end of a range, and `undefined` for an "up to"/"below"
 * figure or a missing one. "~" and "about" figures count at face value.
 */
export function lowerValue(q: Quantity | undefined): number | undefined {
  if (!q) return undefined;
  if ("min" in q) return q.min;
  if (q.bound === "lt" || q.bound === "lte") return undefined;
  return q.value;
}

/**
 * A test against the window (see `FAST_STATUSES`). A range counts by its lower end, an "up to"/"below"
 * figure never reaches a threshold, and "~2" counts as 2.
 */
export function fastStatus(test: Pick<InterphaseTest, "currentDensity_mAcm2" | "arealCapacity_mAhcm2">): FastStatus {
  const j = lowerValue(test.currentDensity_mAcm2);
  if (j === undefined || j < FAST_CHARGING.minCurrentDensity_mAcm2) return "no";
  if (!test.arealCapacity_mAhcm2) return "current-only";
  const q = lowerValue(test.arealCapacity_mAhcm2);
  return q !== undefined && q >= FAST_CHARGING.minArealCapacity_mAhcm2 ? "yes" : "no";
}

/** A record: the best status of its tests. */
export function recordFastStatus(record: Pick<Interphase, "tests">): FastStatus {
  const statuses = new Set(record.tests.map(fastStatus));
  return FAST_STATUSES.find((s) => statuses.has(s)) ?? "no";
}

/** Sort rank of a status: higher is faster. */
export function fastRank(status: FastStatus): number {
  return FAST_STATUSES.length - 1 - FAST_STATUSES.indexOf(status);
}

/**
 * Charge passed per area over the reported lifetime, in mAh cm⁻²: j (mA cm⁻²) × lifetime (h).
 * Defined only for a point current density and a lifetime in hours; `undefined` otherwise
 * (cycles, a current range, an "up to" current, or missing figures). For a "more than"
 * lifetime the result is a lower bound. Rounded to 1e-6 to drop floating-point noise.
 */
export function cumulativeCapacity(test: Pick<InterphaseTest, "currentDensity_mAcm2" | "lifetime">): number | undefined {
  const j = test.currentDensity_mAcm2;
  const life = test.lifetime;
  if (!j || !life || "min" in j || life.unit !== "h") return undefined;
  if (j.bound === "lt" || j.bound === "lte") return undefined;
  return Math.round(j.value * life.value * 1e6) / 1e6;
}

/** Everything derived for one record, as the JSON download carries it next to the record. */
export interface DerivedRecord {
  fastCharging: FastStatus;
  tests: { fastCharging: FastStatus; cumulativeCapacity_mAhcm2?: number }[];
}

export function deriveRecord(record: Pick<Interphase, "tests">): DerivedRecord {
  return {
    fastCharging: recordFastStatus(record),
    tests: record.tests.map((t) => {
      const cumulative = cumulativeCapacity(t);
      return { fastCharging: fastStatus(t), ...(cumulative === undefined ? {} : { cumulativeCapacity_mAhcm2: cumulative }) };
    }),
  };
}
