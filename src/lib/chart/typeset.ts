/**
 * Sub- and superscripts in chart text. Labels are written as plain text with TeX-like marks — "ρ_SEI (Ω cm²)",
 * "κ(T)/κ_{ref}", "10^{-4}" — and set as raised or lowered runs in SVG (`<tspan>`) or HTML (`<sub>`, `<sup>`).
 * A mark without braces takes the letters and digits that follow it, or a single other character ("t_+").
 */
import { textWidth } from "./text-width";
import { SVG_NS } from "./svg";

export interface Run {
  text: string;
  script?: "sub" | "sup";
}

/** Splits a label into runs; text without `_` or `^` is one run. */
export function runs(label: string): Run[] {
  const out: Run[] = [];
  const re = /([_^])(?:\{([^}]*)\}|([\p{L}\p{N}]+)|(\S))/gu;
  let last = 0;
  for (const m of label.matchAll(re)) {
    if (m.index > last) out.push({ text: label.slice(last, m.index) });
    out.push({ text: m[2] ?? m[3] ?? m[4]!, script: m[1] === "_" ? "sub" : "sup" });
    last = m.index + m[0].length;
  }
  if (last < label.length) out.push({ text: label.slice(last) });
  return out;
}

/** The label as one line of plain text, for accessible names and the search index: "ρ_SEI" → "ρSEI". */
export function plain(label: string): string {
  return runs(label).map((r) => r.text).join("");
}

/** Type size of the scripts of a line set in `size` px: about four fifths of it, and never below 11 px. */
export function scriptSize(size: number): number {
  return Math.max(11, Math.round(size * 0.82));
}

/** Width in px of a typeset label set in `size` px type. */
export function runsWidth(label: string, size: number, options?: { bold?: boolean }): number {
  return runs(label).reduce((w, r) => w + textWidth(r.text, r.script ? scriptSize(size) : size, options), 0);
}

/**
 * Fills an SVG `<text>` with the label's runs. Scripts shift with `dy` (understood by every SVG renderer,
 * unlike `baseline-shift`), and the run after a script shifts back.
 */
export function setSvgText(text: Element, label: string, size: number): void {
  const document = text.ownerDocument;
  const parts = runs(label);
  if (parts.length === 1 && !parts[0]!.script) {
    text.textContent = label;
    return;
  }
  const shift = { sub: Math.round(size * 0.3), sup: -Math.round(size * 0.4) };
  let offset = 0;
  for (const r of parts) {
    const dy = (r.script ? shift[r.script] : 0) - offset;
    offset += dy;
    if (!r.script && dy === 0) {
      text.append(document.createTextNode(r.text));
      continue;
    }
    const span = document.createElementNS(SVG_NS, "tspan");
    if (dy) span.setAttribute("dy", String(dy));
    if (r.script) span.setAttribute("font-size", String(scriptSize(size)));
    span.textContent = r.text;
    text.append(span);
  }
}

/** Appends the label's runs to an HTML element, scripts as `<sub>` and `<sup>`. */
export function appendHtml(parent: Element, label: string): void {
  const document = parent.ownerDocument;
  for (const r of runs(label)) {
    if (!r.script) {
      parent.append(document.createTextNode(r.text));
      continue;
    }
    const el = document.createElement(r.script);
    el.textContent = r.text;
    parent.append(el);
  }
}
