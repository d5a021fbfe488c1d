/**
 * Reads content/interphases/*.yaml, validates every record with InterphaseSchema and
 * returns them in the review's order. Any problem throws an Error naming the file, the
 * record id and the failing field path, so a bad record stops the build loudly.
 *
 * YAML is parsed with the `yaml` package (already present in node_modules as a dependency
 * of Astro's toolchain; not a direct dependency of this project).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describeIssues } from "@src/lib/zod-issues";
import { INTERPHASE_IDS, InterphaseSchema, type Interphase } from "./schema";

/** Default folder of the records, relative to the project root (the working directory of astro and vitest). */
export const INTERPHASES_DIR = path.resolve(process.cwd(), "content/interphases");

function recordLabel(data: unknown, source: string): string {
  const id = data && typeof data === "object" && "id" in data ? (data as { id: unknown }).id : undefined;
  return typeof id === "string" ? `interphase "${id}" (${source})` : `interphase record in ${source}`;
}

/**
 * Validates one parsed record. `source` names where it came from (a file path, or any label).
 * Throws an Error whose message names the record and every failing field path.
 */
export function validateInterphase(data: unknown, source: string): Interphase {
  const result = InterphaseSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = describeIssues(result.error);
  throw new Error(`Invalid ${recordLabel(data, source)}:\n  - ${lines.join("\n  - ")}`);
}

const ORDER = new Map<string, number>(INTERPHASE_IDS.map((id, i) => [id, i]));

/**
 * Loads every `<id>.yaml` in `dir`, validates it, checks that the id equals the file name,
 * that ids are unique and that every id of the README list has a file, and returns the
 * records sorted in the review's order (4.1, 4.2, 4.3, then the section 5 baseline).
 */
export function loadInterphases(dir: string = INTERPHASES_DIR): Interphase[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort();
  const records: Interphase[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const source = path.join(path.relative(process.cwd(), dir) || ".", file);
    let data: unknown;
    try {
      data = parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (err) {
      throw new Error(`Cannot parse ${source}: ${(err as Error).message}`);
    }
    const record = validateInterphase(data, source);
    const stem = file.replace(/\.ya?ml$/, "");
    if (record.id !== stem) {
      throw new Error(`Invalid interphase "${record.id}" (${source}):\n  - id: must equal the file name "${stem}"`);
    }
    const other = seen.get(record.id);
    if (other) throw new Error(`Duplicate interphase id "${record.id}" in ${other} and ${source}`);
    seen.set(record.id, source);
    records.push(record);
  }
  const missing = INTERPHASE_IDS.filter((id) => !seen.has(id));
  if (missing.length) throw new Error(`Missing interphase records in ${dir}: ${missing.join(", ")}`);
  return records.sort((a, b) => (ORDER.get(a.id) ?? Infinity) - (ORDER.get(b.id) ?? Infinity));
}
