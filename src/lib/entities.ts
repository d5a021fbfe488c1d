/**
 * Text escaped for HTML and SVG, and character references in escaped text (an attribute value, a search excerpt)
 * decoded without parsing any HTML: no element is ever made, so nothing here can run script or reach a Trusted
 * Types sink.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe to write into HTML or SVG, as content or inside a quoted attribute: the five characters that
 * could end either, as references that both HTML and XML read (`&#39;`, since HTML 4 has no `&apos;`).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The named references that escaped text carries: HTML's five, and the no-break space. */
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00A0" };

/** `escaped` with its character references decoded; a reference it does not know stays as written. */
export function decodeEntities(escaped: string): string {
  return escaped.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    // Not a character (a surrogate, beyond U+10FFFF) or NUL: what an HTML parser would show instead.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? "\uFFFD" : String.fromCodePoint(code);
  });
}
