/**
 * Reads content/interphases/*.yaml, validates every record with InterphaseSchema and
 * returns them in the review's order. Any problem throws an Error naming the file, the
 * record id and the failing field path, so a bad record stops the build loudly.
 *
 * YAML is parsed with the `yaml` package (already present in node_modules as a dependency
 * of Astro's toolchain; not a direct dependency of this project).
 */
import path from "node:path";
import { loadRecords, validateRecord } from "../lib/records";
import { INTERPHASE_IDS, InterphaseSchema, type Interphase } from "./schema";

/** Default folder of the records, relative to the project root (the working directory of astro and vitest). */
export const INTERPHASES_DIR = path.resolve(process.cwd(), "content/interphases");

/**
 * Validates one parsed record. `source` names where it came from (a file path, or any label).
 * Throws an Error whose message names the record and every failing field path.
 */
export function validateInterphase(data: unknown, source: string): Interphase {
  return validateRecord(InterphaseSchema, "interphase", data, source);
}

const ORDER = new Map<string, number>(INTERPHASE_IDS.map((id, i) => [id, i]));

/**
 * Loads every `<id>.yaml` in `dir`, validates it, checks that the id equals the file name,
 * that ids are unique and that every id of the README list has a file, and returns the
 * records sorted in the review's order (4.1, 4.2, 4.3, then the section 5 baseline).
 */
export function loadInterphases(dir: string = INTERPHASES_DIR): Interphase[] {
  const records = loadRecords(dir, "interphase", validateInterphase);
  const seen = new Set(records.map((r) => r.id));
  const missing = INTERPHASE_IDS.filter((id) => !seen.has(id));
  if (missing.length) throw new Error(`Missing interphase records in ${dir}: ${missing.join(", ")}`);
  return records.sort((a, b) => (ORDER.get(a.id) ?? Infinity) - (ORDER.get(b.id) ?? Infinity));
}
