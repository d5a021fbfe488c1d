/**
 * Reading a typed or URL-supplied value for one input: parse, then check it against the variable's
 * physical range. The messages are shown next to the input (and in the URL notice), so they say what to do.
 */
import type { InputVariable } from "../models/types";
import { formatNumber } from "./format";

export type Checked = { ok: true; value: number } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Parses plain decimal or exponent notation ("1.5", "-2", "2e-6", "−3" with a typographic minus); anything else is undefined. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/^\u2212/, "-");
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function withUnit(value: number, v: InputVariable): string {
  return v.unit.label ? `${formatNumber(value)} ${v.unit.label}` : formatNumber(value);
}

/** Checks one input's text against its variable; the value returned is in the display unit. */
export function checkInput(v: InputVariable, raw: string): Checked {
  if (raw.trim() === "") return { ok: false, message: "Enter a number." };
  const value = parseNumber(raw);
  if (value === undefined) return { ok: false, message: "Not a number: type digits, such as 1.5 or 2e-6." };
  if (value < 0 && v.min >= 0) return { ok: false, message: "Cannot be negative here." };
  if (v.minExclusive && value <= v.min) {
    return { ok: false, message: `Must be greater than ${withUnit(v.min, v)}${v.min === 0 ? " (it divides or is a logarithm's argument)" : ""}.` };
  }
  if (value < v.min || value > v.max) {
    return { ok: false, message: `Outside the physical range this calculator accepts: ${withUnit(v.min, v)} to ${withUnit(v.max, v)}.` };
  }
  return { ok: true, value };
}
