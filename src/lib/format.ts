/**
 * The one formatting module: every number a reader sees passes through here.
 * Typographic minus (U+2212), sensible significant figures, powers of ten as "× 10⁻⁶", and "—" for
 * anything that is not a finite number, so NaN or Infinity never reach the page.
 */
import type { Unit } from "./units";

/** Shown in place of a value that cannot be computed. */
export const NO_VALUE = "—";
const MINUS = "\u2212";
/** Digit groups of large numbers are separated by a narrow no-break space, as the SI brochure advises. */
const GROUP = "\u202F";
const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
};

const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixed(digits: number): Intl.NumberFormat {
  let f = fixedFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumSignificantDigits: digits, useGrouping: "min2" });
    fixedFormats.set(digits, f);
  }
  return f;
}

/** Values this small or this large are written with a power of ten. */
const SMALL = 1e-3;
const LARGE = 1e6;

/** "10⁻⁶" from an integer exponent. */
export function powerOfTen(exponent: number): string {
  return `10${String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]!)}`;
}

/** A rounded number in pieces: sign, mantissa digits (grouped with ","), and a power of ten if it needs one. */
interface NumberParts {
  negative: boolean;
  /** "40,600", "2.5"; "1" for a bare power of ten. */
  body: string;
  exponent?: number;
}

function numberParts(value: number, digits: number): NumberParts {
  const rounded = Number(value.toPrecision(digits));
  const abs = Math.abs(rounded);
  if (abs >= SMALL && abs < LARGE) return { negative: rounded < 0, body: fixed(digits).format(abs) };
  const [mantissa, exp] = abs.toExponential(digits - 1).split("e") as [string, string];
  return { negative: rounded < 0, body: mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa, exponent: Number(exp) };
}

/**
 * A number for reading: `formatNumber(40632.7)` → "40 600", `formatNumber(-2.5e-7)` → "−2.5 × 10⁻⁷".
 * Trailing zeros are dropped; −0 reads "0"; NaN and ±Infinity read "—".
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (value === 0) return "0";
  const { negative, body, exponent } = numberParts(value, digits);
  const sign = negative ? MINUS : "";
  const grouped = body.replaceAll(",", GROUP);
  if (exponent === undefined) return `${sign}${grouped}`;
  return `${sign}${grouped === "1" ? "" : `${grouped} × `}${powerOfTen(exponent)}`;
}

/**
 * The same number as TeX, for formulas with values substituted: `2.5 \times 10^{-7}`, `40\,600`.
 * NaN and ±Infinity read as a dash, as on screen.
 */
export function formatTex(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String.raw`\text{${NO_VALUE}}`;
  if (value === 0) return "0";
  const { negative, body, exponent } = numberParts(value, digits);
  const sign = negative ? "-" : "";
  const grouped = body.replaceAll(",", String.raw`\,`);
  if (exponent === undefined) return `${sign}${grouped}`;
  return `${sign}${grouped === "1" ? "" : String.raw`${grouped} \times `}10^{${exponent}}`;
}

/** A number with its display unit: "4.06 × 10⁴ s"; just "—" when there is no value. */
export function formatQuantity(valueInDisplayUnit: number, unit: Unit, digits = 3): string {
  const n = formatNumber(valueInDisplayUnit, digits);
  if (n === NO_VALUE || !unit.label) return n;
  return `${n}\u00A0${unit.label}`;
}

/** A duration for reading, in the largest unit that keeps it at 1 or more: "45 s", "2.5 min", "3.1 h", "4.2 days". */
export function formatDuration(seconds: number, digits = 2): string {
  if (!Number.isFinite(seconds) || seconds < 0) return NO_VALUE;
  const [size, unit]: [number, string] = seconds < 60 ? [1, "s"] : seconds < 3600 ? [60, "min"] : seconds < 86_400 ? [3600, "h"] : [86_400, "days"];
  return `${formatNumber(seconds / size, digits)}\u00A0${unit}`;
}

/**
 * A number as typed into an input or a URL: plain ASCII that `parseNumber` reads back exactly enough,
 * short ("2e-6", "1.5", "96485") and free of floating-point noise (0.1 + 0.2 → "0.3").
 */
export function formatForInput(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (value === 0) return "0";
  const clean = Number(value.toPrecision(12));
  const abs = Math.abs(clean);
  if (abs >= SMALL && abs < LARGE) return String(clean);
  return clean.toExponential().replace(/\.?0+e/, "e").replace("e+", "e");
}

/** Tick labels for charts: powers of ten as "10⁻⁶", others with two significant figures. */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return "";
  const exp = Math.log10(Math.abs(value));
  if (value !== 0 && Number.isInteger(Number(exp.toFixed(9))) && (Math.abs(value) < SMALL || Math.abs(value) >= 1e4)) {
    return `${value < 0 ? MINUS : ""}${powerOfTen(Math.round(exp))}`;
  }
  return formatNumber(value, 2);
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date for reading, in UTC so every build prints the same: "26 November 2026"; "—" for an invalid date. */
export function formatDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? NO_VALUE : DATE.format(date);
}
