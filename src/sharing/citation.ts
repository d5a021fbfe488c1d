/**
 * "Cite this": the review (with the equation or section as locator) and the page itself, in BibTeX, RIS,
 * CSL-JSON and as a formatted reference — all produced by citation-js from CSL records, never by hand.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { REVIEW, SITE } from "../consts";
import { getEntry, toCsl } from "../lib/bibliography";

export interface CitationFormats {
  bibtex: string;
  ris: string;
  /** CSL-JSON, pretty-printed. */
  csl: string;
  /** A formatted reference (APA). */
  text: string;
}

export interface CiteTarget {
  /** Where in the review: "eqn (6)", "section 2.2". Goes into the entry's note. */
  locator?: string;
  /** The page's title as it should appear in a reference. */
  title: string;
  /** The page's absolute address; left out when the build does not know the public address. */
  url?: string;
  /** The day the page is cited as accessed, [year, month, day]. */
  accessed: [number, number, number];
}

function formats(record: Record<string, unknown>): CitationFormats {
  const cite = new Cite(record);
  return {
    bibtex: cite.format("bibtex").trim(),
    ris: cite.format("ris").trim(),
    csl: cite.format("data", { format: "text" }), // the records alone: cite.data also carries citation-js's own "_graph" bookkeeping
    text: cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }).trim(),
  };
}

/** The review as a CSL record, the locator in its note. */
export function reviewRecord(locator?: string): Record<string, unknown> {
  const record = toCsl(getEntry(REVIEW.key));
  return locator ? { ...record, id: `${REVIEW.key}-${locator.replace(/\W+/g, "-")}`, note: `Cited at ${locator}` } : record;
}

/** This page as a CSL web-page record. */
export function pageRecord(target: CiteTarget): Record<string, unknown> {
  return {
    id: "fastchargingna-site",
    type: "webpage",
    title: target.title,
    "container-title": SITE.title,
    author: [{ literal: SITE.title }],
    ...(target.url ? { URL: target.url } : {}),
    accessed: { "date-parts": [target.accessed] },
    note: `An interactive reading of doi:${REVIEW.doi}`,
  };
}

export function citations(target: CiteTarget): { review: CitationFormats; page: CitationFormats } {
  return { review: formats(reviewRecord(target.locator)), page: formats(pageRecord(target)) };
}

/** Today in UTC, the access date a build can honestly give. */
export function today(now = new Date()): [number, number, number] {
  return [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
}
