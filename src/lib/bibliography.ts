import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import { z } from "zod";
import raw from "../../content/references.json";

const Name = z.object({ given: z.string().optional(), family: z.string().optional(), literal: z.string().optional() });
const Entry = z
  .object({
    id: z.string().regex(/^(ref-\d+|oh2026)$/),
    type: z.string(),
    title: z.string().min(1),
    author: z.array(Name).min(1),
    issued: z.object({ "date-parts": z.array(z.array(z.number())) }),
    /** True where the review's list prints "et al." after the first author. */
    "et-al": z.boolean().optional(),
    /** Subtitle, after the colon; joined to the title when formatted. */
    subtitle: z.string().optional(),
    /** Editorial note on the entry (e.g. a title restored from a garbled extraction). */
    note: z.string().optional(),
  })
  .passthrough();

export type Reference = z.infer<typeof Entry>;

const entries: Reference[] = z.array(Entry).parse(raw);
const byId = new Map(entries.map((e) => [e.id, e]));

/** Number of references in the review's list (the review itself is stored beside them). */
export const REFERENCE_COUNT = entries.filter((e) => e.id.startsWith("ref-")).length;

/** The CSL record handed to citation-js: the printed "et al." becomes a literal last author. */
export function toCsl(e: Reference): Record<string, unknown> {
  const { "et-al": etAl, note: _note, subtitle, ...csl } = e;
  const title = subtitle ? `${e.title}: ${subtitle}` : e.title;
  return { ...csl, title, ...(etAl ? { author: [...e.author, { literal: "et al." }] } : {}) };
}

const formatted = new Map<string, { html: string; text: string }>();

/** One reference formatted in the Vancouver style by citation-js (cached). */
export function formatReference(id: string): { html: string; text: string } {
  const hit = formatted.get(id);
  if (hit) return hit;
  const e = byId.get(id);
  if (!e) throw new Error(`Unknown reference "${id}"`);
  const cite = new Cite(toCsl(e));
  const opts = { template: "vancouver", lang: "en-US" };
  const html = cite
    .format("bibliography", { ...opts, format: "html" })
    .replace(/[\s\S]*<div class="csl-right-inline">([\s\S]*?)<\/div>[\s\S]*/, "$1")
    .trim();
  const text = cite.format("bibliography", { ...opts, format: "text" }).replace(/^\s*\d+\.\s*/, "").trim();
  const result = { html, text };
  formatted.set(id, result);
  return result;
}

/** The reference list entry for the review's number n (1–94). */
export function getReference(n: number): Reference {
  const e = byId.get(`ref-${n}`);
  if (!e) throw new Error(`The review has no reference ${n}`);
  return e;
}

export function allReferences(): Reference[] {
  return entries.filter((e) => e.id.startsWith("ref-")).sort((a, b) => refNumber(a.id) - refNumber(b.id));
}

export function getEntry(id: string): Reference {
  const e = byId.get(id);
  if (!e) throw new Error(`Unknown bibliography entry "${id}"`);
  return e;
}

export function refNumber(id: string): number {
  return Number(id.replace("ref-", ""));
}

/** A citation group as written in a chapter: "24,25", "26-30", "1–3,8". */
export interface CitationGroup {
  /** Display form with en dashes: "1–3, 8". */
  label: string;
  /** Every reference number the group covers. */
  numbers: number[];
  /** Runs of consecutive numbers as [first, last] pairs, for display. */
  runs: [number, number][];
}

export function parseCitation(list: string): CitationGroup {
  const runs: [number, number][] = [];
  for (const part of list.split(",").map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!m) throw new Error(`Malformed citation "${list}"`);
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b < a) throw new Error(`Backwards citation range "${part}"`);
    runs.push([a, b]);
  }
  const numbers = runs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
  for (const n of numbers) getReference(n);
  const label = runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
  return { label, numbers, runs };
}

/** Reference numbers cited (not flagged as mismatched) in an MDX body, ascending, each once. */
export function citedIn(body: string): number[] {
  const seen = new Set<number>();
  for (const m of body.matchAll(/<Cite\s+n="([^"]+)"([^>]*)\/>/g)) {
    if (/\bmismatch\b/.test(m[2] ?? "")) continue;
    for (const n of parseCitation(m[1]!).numbers) seen.add(n);
  }
  return [...seen].sort((a, b) => a - b);
}

/** BibTeX for an entry, produced by citation-js. */
export function bibtex(id: string): string {
  return new Cite(toCsl(getEntry(id))).format("bibtex").trim();
}
