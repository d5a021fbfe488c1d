/** DOM for a Pagefind excerpt, built without parsing HTML (no `innerHTML`: the pages require Trusted Types). */
import { decodeEntities } from "../lib/entities";

/**
 * Pagefind's excerpt is HTML-escaped text (it writes `&lt;` and `&gt;`; hits.ts numeric references) with <mark>
 * around matches: only the marks become elements.
 */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  excerpt.split(/<mark>|<\/mark>/).forEach((escaped, i) => {
    const text = document.createTextNode(decodeEntities(escaped));
    if (i % 2 === 0) fragment.append(text);
    else {
      const mark = document.createElement("mark");
      mark.append(text);
      fragment.append(mark);
    }
  });
  return fragment;
}
