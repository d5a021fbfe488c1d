/**
 * Schema of the glossary (content/glossary.yaml): a list of terms, each defined in this site's own words,
 * with the sections and equations where it matters and the forms that link its first mention in a chapter.
 */
import { z } from "zod";
import { equations } from "../models";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EQUATION_SLUGS = new Set(equations.map((e) => e.slug));

export const TermSchema = z
  .object({
    /** Stable id: the glossary anchor is `#term-<slug>`. */
    slug: z.string().regex(SLUG, "lower-case words joined by hyphens"),
    /** The term as the glossary heads it, with its abbreviation in brackets where the review uses one. */
    term: z.string().min(2),
    /** The abbreviation alone ("SEI"), if any. */
    abbr: z.string().optional(),
    /**
     * Forms whose first mention in each chapter links to the term (see src/glossary/match.ts): whole words,
     * an optional plural "s"; all-capital forms ("SEI") match only in capitals, others in any case.
     */
    match: z.array(z.string().min(2)).min(1),
    /** One to four sentences of plain text, in our own words. */
    definition: z.string().min(60).max(600),
    /** Section anchors where the term matters ("sec-2-2"); default none. */
    sections: z.array(z.string().regex(/^sec-\d+(?:-\d+)*$/, 'a section anchor such as "sec-2-2"')).default([]),
    /** Equations where it matters, by slug ("sand-time"); default none. */
    equations: z.array(z.string().refine((s) => EQUATION_SLUGS.has(s), (s) => ({ message: `unknown equation "${s}"` }))).default([]),
    /** Other glossary terms worth reading next, by slug; default none. */
    related: z.array(z.string().regex(SLUG)).default([]),
  })
  .strict();

export type Term = z.output<typeof TermSchema>;

export const GlossarySchema = z.array(TermSchema).superRefine((terms, ctx) => {
  const slugs = new Set<string>();
  const forms = new Map<string, string>();
  terms.forEach((t, i) => {
    if (slugs.has(t.slug)) ctx.addIssue({ code: "custom", path: [i, "slug"], message: `duplicate slug "${t.slug}"` });
    slugs.add(t.slug);
    t.match.forEach((form, j) => {
      const key = form.toLowerCase();
      const other = forms.get(key);
      if (other) ctx.addIssue({ code: "custom", path: [i, "match", j], message: `"${form}" is already a form of "${other}"` });
      forms.set(key, t.slug);
    });
  });
  terms.forEach((t, i) =>
    t.related.forEach((r, j) => {
      if (!slugs.has(r)) ctx.addIssue({ code: "custom", path: [i, "related", j], message: `no term "${r}"` });
      if (r === t.slug) ctx.addIssue({ code: "custom", path: [i, "related", j], message: "a term is not related to itself" });
    }),
  );
});
