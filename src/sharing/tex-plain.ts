/**
 * TeX → plain Unicode text, for chat that renders no maths and for image descriptions:
 *   t_{\text{Sand}} = \frac{\pi D}{4}\left(\frac{zFC_0}{j\,(1-t_+)}\right)^2  →  t_Sand = (πD/4)·(zFC₀/(j(1 − t₊)))²
 * Covers the TeX the site's equations use (fractions, \left…\right, scripts, Greek, \text, \mathrm, a few
 * operators and functions); anything else throws, so a new equation cannot silently copy as garbage.
 */

type Kind = "atom" | "number" | "word" | "text" | "fn" | "frac" | "compound" | "op" | "punct" | "space";
interface Item {
  kind: Kind;
  text: string;
  /** For fractions: numerator and denominator, kept for the derivative form dm/dt. */
  parts?: [Item[], Item[]];
}

const GREEK: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", eta: "η", theta: "θ", kappa: "κ",
  lambda: "λ", mu: "μ", nu: "ν", pi: "π", rho: "ρ", sigma: "σ", tau: "τ", phi: "φ", varphi: "φ", chi: "χ", psi: "ψ",
  omega: "ω", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
};
const FUNCTIONS = new Set(["exp", "ln", "log", "sin", "cos", "tan"]);
const OPERATORS: Record<string, string> = {
  approx: " ≈ ", longrightarrow: " ⟶ ", rightarrow: " → ", to: " → ", in: " ∈ ", times: " × ", pm: " ± ", leq: " ≤ ", geq: " ≥ ",
  cdot: "·", "=": " = ", "+": " + ", "<": " < ", ">": " > ",
};
const SUB: Record<string, string> = { "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "−": "₋", "=": "₌", "(": "₍", ")": "₎" };
const SUP: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "+": "⁺", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", n: "ⁿ", i: "ⁱ" };

function tokenize(tex: string): string[] {
  return tex.match(/\\[A-Za-z]+|\\[^A-Za-z]|[0-9]+(?:\.[0-9]+)?|\s+|./g) ?? [];
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  private peek(): string | undefined {
    while (this.tokens[this.at]?.trim() === "") this.at++;
    return this.tokens[this.at];
  }
  private next(): string {
    const t = this.peek();
    if (t === undefined) throw new Error("unexpected end of TeX");
    this.at++;
    return t;
  }

  /** Items up to a closing brace, \right or the end. */
  list(until?: "}" | "\\right"): Item[] {
    const items: Item[] = [];
    for (let t = this.peek(); t !== undefined && t !== until; t = this.peek()) {
      if (t === "}") throw new Error("unbalanced brace");
      if (t === "^" || t === "_") {
        this.next();
        const last = items.at(-1);
        if (!last) throw new Error(`${t} with nothing before it`);
        attachScript(last, t, this.scriptText());
        continue;
      }
      items.push(...this.atom(items));
    }
    if (until) this.next();
    return items;
  }

  /** One argument: a braced group or a single token. */
  private argument(): Item[] {
    if (this.peek() === "{") {
      this.next();
      return this.list("}");
    }
    return this.atom([]);
  }

  private scriptText(): string {
    return render(this.argument()).trim();
  }

  /** The raw text of a \text{…} or \mathrm{…} argument. */
  private textArgument(): string {
    if (this.next() !== "{") throw new Error("\\text needs braces");
    let out = "";
    for (let depth = 1; ; ) {
      const t = this.tokens[this.at++];
      if (t === undefined) throw new Error("unbalanced brace in \\text");
      if (t === "{") depth++;
      else if (t === "}" && --depth === 0) return out;
      else if (t !== "{" && t !== "}") out += t === "\\," || t === "\\ " ? " " : t;
    }
  }

  private atom(before: Item[]): Item[] {
    const t = this.next();
    if (t === "{") return this.list("}");
    if (/^[0-9]/.test(t)) return [{ kind: "number", text: t }];
    if (/^[A-Za-z]$/.test(t)) return [{ kind: "atom", text: t }];
    if (t === "-") {
      const prev = before.at(-1);
      const unary = !prev || prev.kind === "op" || (prev.kind === "punct" && /[([]/.test(prev.text));
      return [{ kind: "op", text: unary ? "−" : " − " }];
    }
    if (t in OPERATORS) return [{ kind: "op", text: OPERATORS[t]! }];
    if (/^[()[\]/,]$/.test(t)) return [{ kind: "punct", text: t }];
    if (!t.startsWith("\\")) throw new Error(`no plain-text form for "${t}"`);
    const name = t.slice(1);
    if (name === "," || name === ";" || name === "!" || name === ":") return [];
    if (name === " ") return [{ kind: "space", text: " " }];
    if (name in GREEK) return [{ kind: "atom", text: GREEK[name]! }];
    if (name in OPERATORS) return [{ kind: "op", text: OPERATORS[name]! }];
    if (FUNCTIONS.has(name)) return [{ kind: "fn", text: name }];
    if (name === "sum") return [{ kind: "fn", text: "Σ" }];
    if (name === "text" || name === "mathrm" || name === "textrm") return [{ kind: "text", text: this.textArgument() }];
    if (name === "dot") return [{ kind: "atom", text: `${render(this.argument())}\u0307` }];
    if (name === "frac") {
      const num = this.argument();
      const den = this.argument();
      return [{ kind: "frac", text: fraction(num, den), parts: [num, den] }];
    }
    if (name === "left") {
      const open = this.next();
      const inner = this.list("\\right");
      const close = this.next();
      return [{ kind: "compound", text: `${delimiter(open)}${render(inner)}${delimiter(close)}` }];
    }
    throw new Error(`no plain-text form for "${t}"`);
  }
}

const delimiter = (t: string) => (t === "." ? "" : t.replace(/^\\/, ""));

function attachScript(item: Item, mark: "^" | "_", script: string): void {
  const table = mark === "_" ? SUB : SUP;
  const chars = [...script];
  if (chars.length > 0 && chars.every((c) => c in table)) {
    item.text += chars.map((c) => table[c]).join("");
    return;
  }
  item.text += /^[\p{L}\p{N}]+$/u.test(script) ? `${mark}${script}` : `${mark}(${script})`;
  if (item.kind === "atom") item.kind = "word";
}

const FACTORS: Kind[] = ["atom", "number", "word", "text", "fn", "frac", "compound"];
const isFactor = (i: Item | undefined) => !!i && FACTORS.includes(i.kind);

/** What goes between two neighbours: nothing, a space, or a multiplication dot. */
function joint(left: Item, right: Item): string {
  if (!isFactor(left) || !isFactor(right)) {
    const closes = left.kind === "punct" && /[)\]]/.test(left.text);
    return closes && isFactor(right) ? "·" : "";
  }
  if (left.kind === "fn") return left.text.startsWith("Σ") ? " " : "";
  if (left.text === "Δ") return ""; // a difference: Δφ, not Δ·φ
  if (left.kind === "number" && right.kind === "text") return " ";
  const simple = (i: Item) => i.kind === "atom" || i.kind === "number";
  if (simple(left) && right.kind === "atom") return "";
  return "·";
}

function render(items: Item[]): string {
  const shown = items.map((item, i) =>
    item.kind === "frac" && (isFactor(items[i - 1]) || isFactor(items[i + 1])) ? { ...item, kind: "compound" as const, text: `(${item.text})` } : item,
  );
  return shown.map((item, i) => (i > 0 ? joint(shown[i - 1]!, item) : "") + item.text).join("");
}

/** True when the items are one product read without brackets: no operator or dot outside parentheses. */
function isProduct(items: Item[]): boolean {
  let depth = 0;
  for (const [i, item] of items.entries()) {
    if (item.kind === "punct" && /[([]/.test(item.text)) depth++;
    else if (item.kind === "punct" && /[)\]]/.test(item.text)) depth--;
    else if (depth === 0 && (item.kind === "op" || item.kind === "frac" || item.kind === "space" || (item.kind === "punct" && item.text === "/"))) return false;
    if (depth === 0 && i > 0 && joint(items[i - 1]!, item) === "·") return false;
  }
  return true;
}

function fraction(num: Item[], den: Item[]): string {
  const derivative = num.length === 2 && den.length === 2 && num[0]!.text === "d" && den[0]!.text === "d";
  if (derivative) return `d${num[1]!.text}/d${den[1]!.text}`;
  const top = render(num);
  const bottom = render(den);
  const single = den.length === 1 && den[0]!.kind !== "frac";
  return `${isProduct(num) ? top : `(${top})`}/${single ? bottom : `(${bottom})`}`;
}

/** The formula as one line of Unicode text. */
export function texToPlain(tex: string): string {
  return render(new Parser(tokenize(tex)).list());
}
