/**
 * Reads content/glossary.yaml and validates it; a bad entry stops the build with the entry's slug and field.
 * Terms come back in alphabetical order of their heading.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describeIssues } from "../lib/zod-issues";
import { GlossarySchema, type Term } from "./schema";

/** The glossary file, relative to the project root (the working directory of astro and vitest). */
export const GLOSSARY_FILE = path.resolve(process.cwd(), "content/glossary.yaml");

/** Validates parsed glossary data; `source` names it in error messages. */
export function validateGlossary(data: unknown, source: string): Term[] {
  const result = GlossarySchema.safeParse(data);
  if (!result.success) {
    const name = (p: string) => {
      const i = Number(p.split(".")[0]);
      const slug = Array.isArray(data) ? (data[i] as { slug?: unknown } | undefined)?.slug : undefined;
      return typeof slug === "string" ? `"${slug}" ${p.split(".").slice(1).join(".") || "(entry)"}` : p;
    };
    const lines = describeIssues(result.error).map((line) => {
      const [where, ...rest] = line.split(": ");
      return `${name(where!)}: ${rest.join(": ")}`;
    });
    throw new Error(`Invalid glossary (${source}):\n  - ${lines.join("\n  - ")}`);
  }
  return [...result.data].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}

export function loadGlossary(file: string = GLOSSARY_FILE): Term[] {
  const source = path.relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`Cannot parse ${source}: ${(err as Error).message}`);
  }
  return validateGlossary(data, source);
}

let cache: Term[] | undefined;
let bySlug: Map<string, Term> | undefined;

/** Every term, alphabetically; read once per build. */
export function getGlossary(): Term[] {
  cache ??= loadGlossary();
  return cache;
}

/** One term by slug; throws at build time on an unknown slug so a typo fails loudly. */
export function getTerm(slug: string): Term {
  bySlug ??= new Map(getGlossary().map((t) => [t.slug, t]));
  const term = bySlug.get(slug);
  if (!term) throw new Error(`Unknown glossary term "${slug}" (content/glossary.yaml)`);
  return term;
}
