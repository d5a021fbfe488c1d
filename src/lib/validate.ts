/**
 * Reading a typed or URL-supplied value for one input: parse, then check it against the variable's
 * physical range. The messages are shown next to the input (and in the URL notice), so they say what to do.
 */
import type { InputVariable } from "../models/types";
import { formatNumber } from "./format";

export type Checked = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Parses plain decimal or exponent notation ("1.5", "-2", "2e-6", "−3" with a typographic minus); anything
 * else is undefined. A numeral too large for a double ("1e999", a 400-digit integer) gives ±Infinity, so a
 * caller can say "too large" rather than "not a number"; one too small gives 0 (or −0).
 */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/^\u2212/, "-");
  if (!NUMBER.test(text)) return undefined;
  return Number(text);
}

function withUnit(value: number, v: InputVariable): string {
  return v.unit.label ? `${formatNumber(value)} ${v.unit.label}` : formatNumber(value);
}

/** Checks one input's text against its variable; the value returned is in the display unit. */
export function checkInput(v: InputVariable, raw: string): Checked {
  if (raw.trim() === "") return { ok: false, message: "Enter a number." };
  const value = parseNumber(raw);
  if (value === undefined) return { ok: false, message: "Not a number: type digits, such as 1.5 or 2e-6." };
  const range = `${withUnit(v.min, v)} to ${withUnit(v.max, v)}`;
  if (value === Infinity) return { ok: false, message: `Too large to compute with; this calculator accepts ${range}.` };
  if (value < 0 && v.min >= 0) return { ok: false, message: "Cannot be negative here." };
  if (value < v.min || value > v.max) return { ok: false, message: `Outside the physical range this calculator accepts: ${range}.` };
  return { ok: true, value };
}
