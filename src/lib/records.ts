/**
 * Loading a folder of YAML records validated by a zod schema (content/interphases/, content/problems/): any
 * problem throws an Error that names the file, the record and each failing field, so a bad record stops the build.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { describeIssues } from "./zod-issues";

/** How a record is named in messages: `interphase "naf-snf2" (naf-snf2.yaml)`, or by its file alone. */
export function recordLabel(kind: string, data: unknown, source: string): string {
  const id = data && typeof data === "object" && "id" in data ? (data as { id: unknown }).id : undefined;
  return typeof id === "string" ? `${kind} "${id}" (${source})` : `${kind} record in ${source}`;
}

/** Validates one parsed record against `schema`; throws naming the record and every failing field path. */
export function validateRecord<S extends z.ZodTypeAny>(schema: S, kind: string, data: unknown, source: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = describeIssues(result.error);
  throw new Error(`Invalid ${recordLabel(kind, data, source)}:\n  - ${lines.join("\n  - ")}`);
}

/**
 * Reads every `<id>.yaml` in `dir` and validates it with `validate`; checks that each id equals its file name and
 * that ids are unique. Returns the records in file-name order.
 */
export function loadRecords<T extends { id: string }>(dir: string, kind: string, validate: (data: unknown, source: string) => T): T[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort();
  const records: T[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const source = path.join(path.relative(process.cwd(), dir) || ".", file);
    let data: unknown;
    try {
      data = parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (err) {
      throw new Error(`Cannot parse ${source}: ${(err as Error).message}`);
    }
    const record = validate(data, source);
    const stem = file.replace(/\.ya?ml$/, "");
    if (record.id !== stem) {
      throw new Error(`Invalid ${kind} "${record.id}" (${source}):\n  - id: must equal the file name "${stem}"`);
    }
    const other = seen.get(record.id);
    if (other) throw new Error(`Duplicate ${kind} id "${record.id}" in ${other} and ${source}`);
    seen.set(record.id, source);
    records.push(record);
  }
  return records;
}
