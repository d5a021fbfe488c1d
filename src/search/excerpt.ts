/** DOM for a Pagefind excerpt. */

const decoder = document.createElement("textarea");

/** Pagefind's excerpt is HTML-escaped text with <mark> around matches: only the marks become elements. */
export function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  excerpt.split(/<mark>|<\/mark>/).forEach((escaped, i) => {
    decoder.innerHTML = escaped;
    const text = document.createTextNode(decoder.value);
    if (i % 2 === 0) fragment.append(text);
    else {
      const mark = document.createElement("mark");
      mark.append(text);
      fragment.append(mark);
    }
  });
  return fragment;
}
