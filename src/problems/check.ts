/**
 * Judging a typed answer: pure functions, used by the page script and by the unit tests. The reader's number is
 * converted to SI with the factor of the unit they chose and compared with the computed answer.
 */

export type Verdict = "correct" | "unit" | "wrong" | "unreadable";

const SUPERSCRIPTS: Record<string, string> = {
  "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+",
};
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads what a reader types for a number: "1.5", "−0.2", "2e-6", "4.06 × 10^4", "4.06x10^-4", "4.06*10**4",
 * "10⁻⁶", "40 600" or "40,600" (digit groups). Anything else is undefined.
 */
export function parseAnswer(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (m) => `^${[...m].map((c) => SUPERSCRIPTS[c]).join("")}`)
    .replace(/(\d)[\s\u00a0\u202f\u2009,](?=\d{3}(?:\D|$))/g, "$1")
    .replace(/\s+/g, "");
  // "a × 10^b", "a x 10^b", "a*10^b", "a·10^b" and "10^b" alone become exponent notation.
  const power = /^([+-]?(?:\d+\.?\d*|\.\d+))?(?:[×x*·])?10(?:\^|\*\*)\{?([+-]?\d+)\}?$/i.exec(s);
  if (power) s = `${power[1] ?? "1"}e${power[2]}`;
  if (!NUMBER.test(s)) return undefined;
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * "correct" within the relative tolerance; "unit" when the value is right but for a power of ten or for one of
 * `factors` (ratios between units a reader might mix up, such as 60 for minutes and seconds); otherwise "wrong".
 * Values of the wrong sign are wrong, whatever their size.
 */
export function judge(valueSI: number, answerSI: number, tolerance: number, factors: readonly number[] = []): Verdict {
  if (!Number.isFinite(valueSI)) return "unreadable";
  const ratio = valueSI / answerSI;
  if (!(ratio > 0)) return "wrong";
  const near = (x: number) => Math.abs(x - 1) <= tolerance;
  if (near(ratio)) return "correct";
  for (const f of [1, ...factors, ...factors.map((x) => 1 / x)]) {
    const r = ratio / f;
    const k = Math.round(Math.log10(r));
    if (Math.abs(k) <= 15 && (k !== 0 || f !== 1) && near(r / 10 ** k)) return "unit";
  }
  return "wrong";
}

/** The factors between the units a reader may choose (each unit's SI factor divided by another's), and 3.6 for mAh and C. */
export function unitFactors(siFactors: readonly number[]): number[] {
  const out = new Set<number>([3.6]);
  for (const a of siFactors) for (const b of siFactors) if (a > b) out.add(a / b);
  return [...out];
}
