/**
 * Putting numbers into a formula's TeX: the worked solutions show each relation of the models with the values
 * in place of its symbols. The TeX is cut into tokens, and a symbol is replaced only where it stands whole —
 * not inside a subscript (`T` in `T_{\text{ref}}`), not inside text (`f` in `\text{ref}`), not as the base of
 * a longer symbol (`\eta` in `\eta_c`).
 */

/** Control words, control symbols, runs of white space, or single characters. */
const TOKEN = /\\[a-zA-Z]+|\\[^a-zA-Z]|\s+|[^]/gu;
/** Spacing that does not separate two tokens of a symbol: `m_{\text{cat}}\,q_{\text{cat}}` has `\,` between symbols. */
const SPACING = new Set(["\\,", "\\;", "\\:", "\\!", "\\ ", "\\quad", "\\qquad"]);
/** Commands whose argument is text, never symbols. */
const TEXT_COMMANDS = new Set(["\\text", "\\mathrm", "\\textrm", "\\operatorname"]);
/** Control words that are operators or layout, not quantities. */
const OPERATORS = new Set([
  "\\frac", "\\tfrac", "\\dfrac", "\\left", "\\right", "\\exp", "\\ln", "\\log", "\\max", "\\min", "\\sqrt",
  "\\pi", "\\times", "\\cdot", "\\approx", "\\sum", "\\big", "\\Big", "\\bigl", "\\bigr",
]);

export function tokenize(tex: string): string[] {
  return tex.match(TOKEN) ?? [];
}

const isSpace = (t: string) => /^\s+$/.test(t) || SPACING.has(t);

/** Index just past the argument that starts at or after `i` (a brace group or one token). */
function skipArgument(tokens: readonly string[], i: number): number {
  while (i < tokens.length && /^\s+$/.test(tokens[i]!)) i++;
  if (tokens[i] !== "{") return i + 1;
  let depth = 0;
  for (; i < tokens.length; i++) {
    if (tokens[i] === "{") depth++;
    else if (tokens[i] === "}" && --depth === 0) return i + 1;
  }
  return i;
}

/** The significant tokens of a symbol's TeX, the form matching compares. */
function significant(tex: string): string[] {
  return tokenize(tex).filter((t) => !isSpace(t));
}

/** If `symbol` starts at `i`, the index just past it; spacing inside the formula is skipped. */
function matchAt(tokens: readonly string[], i: number, symbol: readonly string[]): number | undefined {
  let k = i;
  for (const want of symbol) {
    while (k < tokens.length && k > i && isSpace(tokens[k]!)) k++;
    if (tokens[k] !== want) return undefined;
    k++;
  }
  return k;
}

function nextSignificant(tokens: readonly string[], i: number): string | undefined {
  while (i < tokens.length && isSpace(tokens[i]!)) i++;
  return tokens[i];
}

function previousSignificant(out: readonly string[]): string | undefined {
  for (let i = out.length - 1; i >= 0; i--) if (!isSpace(out[i]!)) return out[i];
  return undefined;
}

export interface Substitution {
  /** The symbol as the formula writes it. */
  tex: string;
  /** The value as TeX, e.g. `2 \times 10^{-10}`. */
  value: string;
}

/**
 * The formula with each symbol replaced by its value. A value is wrapped in parentheses, so products of numbers
 * stay readable — `(1)(96\,485.3)` — unless it is the whole content of a brace group (a numerator, an exponent) or
 * a plain number between operators (`1 - 0.05`); a bare exponent (`\sigma^n`) gets braces.
 */
export function substitute(tex: string, values: readonly Substitution[]): string {
  const tokens = tokenize(tex);
  const symbols = values
    .map((v) => ({ tokens: significant(v.tex), value: v.value }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t === "_") {
      const end = skipArgument(tokens, i + 1);
      out.push(...tokens.slice(i, end));
      i = end;
      continue;
    }
    const symbol = symbols
      .map((s) => ({ ...s, end: matchAt(tokens, i, s.tokens) }))
      .find((s) => s.end !== undefined && nextSignificant(tokens, s.end) !== "_");
    if (symbol) {
      out.push(placed(symbol.value, previousSignificant(out), nextSignificant(tokens, symbol.end!)));
      i = symbol.end!;
      continue;
    }
    if (TEXT_COMMANDS.has(t)) {
      const end = skipArgument(tokens, i + 1);
      out.push(...tokens.slice(i, end));
      i = end;
      continue;
    }
    out.push(t);
    i++;
  }
  return out.join("");
}

/** A plain number needs no parentheses between these neighbours: `(1 - 0.05)`, `\frac{20}{…}`. */
const OPENS = new Set([undefined, "(", "[", "{", "+", "-", "=", "/", ","]);
const CLOSES = new Set([undefined, ")", "]", "}", "+", "-", "/", ",", "\\right"]);
const PLAIN = /^(?:\d|\.|\\,)+$/;

function placed(value: string, before: string | undefined, after: string | undefined): string {
  if (before === "^") return `{${value}}`; // a bare exponent, \sigma^n
  if (before === "{" && after === "}") return value;
  if (PLAIN.test(value) && OPENS.has(before) && CLOSES.has(after)) return value;
  return `(${value})`;
}

/**
 * Symbols left in a formula after substitution: letters and control words that are not operators, outside
 * subscripts and text. A worked solution with any of these would be missing a value, so the build stops.
 */
export function unresolvedSymbols(tex: string): string[] {
  const tokens = tokenize(tex);
  const left: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t === "_" || TEXT_COMMANDS.has(t)) {
      i = skipArgument(tokens, i + 1);
      continue;
    }
    if (/^[A-Za-z]$/.test(t) || (/^\\[a-zA-Z]+$/.test(t) && !OPERATORS.has(t) && !SPACING.has(t))) left.push(t);
    i++;
  }
  return [...new Set(left)];
}

/** A relation cut at its first `=` or `\approx` outside braces: "t_{\text{Sand}}", "=", "\frac{…}{…}". */
export function splitRelation(tex: string): { lhs: string; relation: string; rhs: string } | undefined {
  const tokens = tokenize(tex);
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === "{") depth++;
    else if (t === "}") depth--;
    else if (depth === 0 && (t === "=" || t === "\\approx")) {
      return { lhs: tokens.slice(0, i).join("").trim(), relation: t, rhs: tokens.slice(i + 1).join("").trim() };
    }
  }
  return undefined;
}

/** True when two pieces of TeX are the same symbol, whatever their spacing. */
export function sameSymbol(a: string, b: string): boolean {
  const x = significant(a);
  const y = significant(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** True when `symbol` stands whole somewhere in `tex` (by the rules of `substitute`). */
export function mentions(tex: string, symbol: string): boolean {
  const marker = "\u0000";
  return substitute(tex, [{ tex: symbol, value: marker }]).includes(marker);
}
