/**
 * How a page reports the parts of its link it did not use, the same way for the calculators and the interphase
 * table: one rule for a repeated parameter, and a notice that names each unused parameter with its reason.
 * Everything taken from the link reaches the page as text only.
 */

/** A parameter of the link that was not used, and why (name and value already shortened by `echo`). */
export interface UnusedParam {
  param: string;
  value: string;
  /** Why it was not used and what is used instead, in words for the reader. */
  reason: string;
}

/** The one rule for a parameter a link repeats: the first value counts, and each later one is named with this reason. */
export const REPEATED = "given more than once; only the first value is used";

/** Fills `box` with the unused parameters, one per line, after a sentence saying what `shows` the rest; none hides it. */
export function showLinkNotice(box: HTMLElement, unused: readonly UnusedParam[], shows: string): void {
  box.hidden = unused.length === 0;
  if (!unused.length) return box.replaceChildren();
  const p = document.createElement("p");
  p.textContent = `Part of this link was not used; ${shows} shows the rest:`;
  const ul = document.createElement("ul");
  for (const { param, value, reason } of unused) {
    const li = document.createElement("li");
    li.textContent = `${param}=${value}: ${reason}${/[.?!]$/.test(reason) ? "" : "."}`;
    ul.append(li);
  }
  box.replaceChildren(p, ul);
}
