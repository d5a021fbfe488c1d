/**
 * Finds glossary terms in running text. Each form matches as whole words, with an optional plural ending;
 * an all-capital form ("SEI", "CE") only in capitals, any other form in any case. Where two forms could
 * match at one place the longer wins, so "exchange current density" is never read as "current density".
 */
import { escapeRegExp } from "../lib/regexp";

/** A term as matching needs it. */
export interface MatchTerm {
  slug: string;
  match: readonly string[];
}

/** One match in a string: [start, end) and the term's slug. */
export interface TermMatch {
  start: number;
  end: number;
  slug: string;
}

/** The regular-expression source of one form: letters case-free unless the form is all capitals, flexible spaces, dashes and apostrophes. */
function formPattern(form: string): string {
  const exact = form === form.toUpperCase();
  return [...form]
    .map((c) => {
      if (/\s/.test(c)) return "\\s+";
      if (c === "'" || c === "’") return "['’]";
      if (c === "-" || c === "–" || c === "‑") return "[-–‑]";
      if (!exact && c.toLowerCase() !== c.toUpperCase()) return `[${c.toLowerCase()}${c.toUpperCase()}]`;
      return escapeRegExp(c);
    })
    .join("");
}

/** Builds a finder over the forms of `terms`. */
export function termMatcher(terms: readonly MatchTerm[]): (text: string) => TermMatch[] {
  const forms = terms.flatMap((t) => t.match.map((form) => ({ form, slug: t.slug }))).sort((a, b) => b.form.length - a.form.length);
  if (!forms.length) return () => [];
  const source = `(?<![\\p{L}\\p{N}_])(?:${forms.map((f) => `(${formPattern(f.form)})`).join("|")})(?:e?s)?(?![\\p{L}\\p{N}_])`;
  return (text) => {
    const re = new RegExp(source, "gu");
    const out: TermMatch[] = [];
    for (const m of text.matchAll(re)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push({ start: m.index!, end: m.index! + m[0].length, slug: forms[group - 1]!.slug });
    }
    return out;
  };
}
