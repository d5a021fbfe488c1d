/**
 * Text a reader supplied (a URL parameter, a search query) as a message quotes it back. Cut to 40 characters
 * so that a 10 000-character value cannot stretch the page; counted by code point so no character is split,
 * with "…" where it was cut; line breaks and other control characters become spaces. The calculators' link
 * notice, the interphase table's link notice and both search boxes quote through it.
 */
export const ECHO_LIMIT = 40;

export function echo(text: string, limit = ECHO_LIMIT): string {
  let out = "";
  let count = 0;
  for (const ch of text) {
    if (count === limit) return `${out}…`;
    out += /[\u0000-\u001f\u007f-\u009f]/.test(ch) ? " " : ch;
    count++;
  }
  return out;
}
