/** DOM for a Pagefind excerpt, built without parsing HTML (no `innerHTML`: the pages require Trusted Types). */

/** The character references an excerpt carries: Pagefind writes `&lt;` and `&gt;`, hits.ts numeric ones. */
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00A0" };

/** Excerpt text with its character references decoded; a reference it does not know stays as written. */
export function decodeEntities(escaped: string): string {
  return escaped.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    // Not a character (a surrogate, beyond U+10FFFF) or NUL: what an HTML parser would show instead.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? "\uFFFD" : String.fromCodePoint(code);
  });
}

/** Pagefind's excerpt is HTML-escaped text with <mark> around matches: only the marks become elements. */
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
