/** The JSON download: the validated records with what a reader needs to trust and reuse them. */
import type { Interphase } from "./schema";
import { FAST_CHARGING, deriveRecord, type DerivedRecord } from "./derived";

/** Raised when a record field changes meaning or a field is removed; new optional fields keep the version. */
export const SCHEMA_VERSION = 1;

/** Which records a file holds: all of them, or those shown by the table's current filter. */
export type DownloadView = { kind: "all" } | { kind: "current filter"; query: string };

export interface InterphaseDocument {
  schemaVersion: number;
  generatedFrom: string;
  source: DownloadSource;
  view: DownloadView & { description: string };
  recordCount: number;
  testCount: number;
  records: Interphase[];
  /** Figures the site derives from each record (never stored in it), by record id. */
  derived: { window: typeof FAST_CHARGING; description: string; byId: Record<string, DerivedRecord> };
}

/** Where the figures come from: the review's citation and DOI link. */
export interface DownloadSource {
  review: string;
  doi: string;
}

export function interphaseDocument(records: readonly Interphase[], view: DownloadView, source: DownloadSource): InterphaseDocument {
  const description =
    view.kind === "all"
      ? "Every record of the dataset, in the review's order."
      : `The records shown by the table filter "${view.query || "(none)"}", in the table's order, each with all its test results.`;
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedFrom: "content/interphases/*.yaml, validated at build time by src/interphases/schema.ts",
    source,
    view: { ...view, description },
    recordCount: records.length,
    testCount: records.reduce((n, r) => n + r.tests.length, 0),
    records: [...records],
    derived: {
      window: FAST_CHARGING,
      description:
        "fastCharging: yes = at least 2 mA cm⁻² with at least 0.5 mAh cm⁻² (the review's window); current-only = at least 2 mA cm⁻², " +
        "areal capacity not printed; no = otherwise. A record takes the best status of its tests. cumulativeCapacity_mAhcm2 = current density × lifetime in hours.",
      byId: Object.fromEntries(records.map((r) => [r.id, deriveRecord(r)])),
    },
  };
}
