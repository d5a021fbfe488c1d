/**
 * What the search index reads for an equation. Rendered math is kept out of the index (KaTeX prints every
 * formula three times), so each equation carries plain text instead, derived from its single definition:
 * its number as readers write it, its name and aliases, and each symbol in the forms a reader would type.
 */
import type { EquationDefinition, EquationSymbol } from "@src/models/types";
import { equationMention, equationTag } from "@src/models/types";

const GREEK: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", zeta: "ζ", eta: "η", theta: "θ", kappa: "κ",
  lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ", tau: "τ", phi: "φ", chi: "χ",
  psi: "ψ", omega: "ω", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Pi: "Π", Sigma: "Σ", Phi: "Φ", Omega: "Ω",
};

const SUBSCRIPT: Record<string, string> = {
  "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "+": "₊", "-": "₋",
};

/** TeX of one symbol as plain text, Greek letters spelled out ("eta") or as letters ("η"). */
function plain(tex: string, greek: "name" | "letter"): string {
  return tex
    .replace(/\{-\}/g, "-")
    .replace(/\\(?:text|mathrm|mathit|operatorname|dot|hat|bar|tilde|vec)\s*\{([^{}]*)\}/g, "$1")
    .replace(/\\([A-Za-z]+)/g, (m, name: string) => (GREEK[name] ? (greek === "name" ? name : GREEK[name]) : m))
    .replace(/\\[,;:!]|\\ |\s+/g, "")
    .replace(/[{}]/g, "");
}

/**
 * The forms a reader might type for a symbol: its `typed` list first, then forms derived from the TeX
 * (`t_{\text{Sand}}` → "t_Sand", "tSand"; `C_0` → "C_0", "C0", "C₀"; `\eta_c` → "eta_c", "etac", "η_c", "ηc").
 */
export function symbolForms(symbol: Pick<EquationSymbol, "tex" | "typed">): string[] {
  const forms = [...(symbol.typed ?? [])];
  for (const greek of ["name", "letter"] as const) {
    const text = plain(symbol.tex, greek);
    if (!text || /\\/.test(text)) continue; // anything still in TeX is not what a reader types
    forms.push(text);
    const m = /^([^_^]+)_([^_^]+)(?:\^(.+))?$/.exec(text);
    if (m) {
      const [, base, sub, sup = ""] = m;
      forms.push(base + sub + sup);
      if ([...sub!].every((c) => c in SUBSCRIPT)) forms.push(base + [...sub!].map((c) => SUBSCRIPT[c]).join("") + sup);
    }
  }
  return [...new Set(forms)];
}

/** The sub-result title of an equation: "Eqn (6): Sand's time (…)", "Relation (A): …". */
export function equationSearchTitle(def: EquationDefinition): string {
  const mention = equationMention(def);
  return `${mention[0]!.toUpperCase()}${mention.slice(1)}: ${def.name}`;
}

/** Ways readers write the equation's number or label: "eqn (6)", "eqn 6", "equation 6", "eq 6", "eq. (6)". */
export function equationNumberForms(def: EquationDefinition): string[] {
  const tag = equationTag(def);
  const bare = String(def.number ?? def.label);
  if (def.kind !== "review") return [`relation ${tag}`, `relation ${bare}`];
  return [`eqn ${tag}`, `eqn ${bare}`, `equation ${bare}`, `eq ${bare}`, `eq. ${tag}`, `eq${bare}`];
}

/** Words in an excerpt, as many as Pagefind's own (engine.ts sets excerptLength 24) and a few more. */
const EXCERPT_WORDS = 30;

/**
 * What a search result shows for an equation: what its result means, then the first sentence of its context,
 * cut to about thirty words. Never the aliases or typed forms, which only the index reads.
 */
export function equationExcerpt(def: EquationDefinition): string {
  const meaning = def.symbols[0]?.meaning ?? def.name;
  const first = /^.*?[.!?](?=\s|$)/.exec(def.context.trim())?.[0] ?? def.context.trim();
  const words = `${meaning.replace(/[.\s]+$/, "")}. ${first}`.split(/\s+/);
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(" ")} …` : words.join(" ");
}
