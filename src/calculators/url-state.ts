/**
 * Calculator state in the page URL, the site's public sharing format:
 *   ?<slug>.<variable>=<value in the display unit>   e.g. ?sand-time.j=10&sand-time.D=2e-6#eq-sand-time
 * Pure functions on strings; the browser code only passes location.search in and the result out.
 */
import type { InputVariable } from "../models/types";
import { checkInput } from "../lib/validate";
import { formatForInput } from "../lib/format";

export interface RejectedParam {
  /** The parameter as it appeared, e.g. "sand-time.j". */
  param: string;
  value: string;
  /** Why it was ignored, in words for the reader. */
  reason: string;
}

export interface UrlState {
  /** Accepted values in the display unit, by variable name. */
  values: Record<string, number>;
  rejected: RejectedParam[];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The parameter name of one variable. */
export function paramName(slug: string, variable: string): string {
  return `${slug}.${variable}`;
}

/** True when the query string carries any parameter for this calculator. */
export function hasState(search: string, slug: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (key.startsWith(`${slug}.`)) return true;
  return false;
}

/** Reads one calculator's parameters; malformed, out-of-range and unknown ones are returned as rejected. */
export function readState(search: string, slug: string, inputs: readonly InputVariable[]): UrlState {
  const byName = new Map(inputs.map((v) => [v.name, v]));
  const values: Record<string, number> = {};
  const rejected: RejectedParam[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (!key.startsWith(`${slug}.`)) continue;
    const variable = byName.get(key.slice(slug.length + 1));
    if (!variable) {
      rejected.push({ param: key, value, reason: "this calculator has no such input" });
      continue;
    }
    const checked = checkInput(variable, value);
    if (checked.ok) values[variable.name] = checked.value;
    else rejected.push({ param: key, value, reason: lowerFirst(checked.message.replace(/\.$/, "")) });
  }
  return { values, rejected };
}

/** The query string with this calculator's parameters replaced by `values` (display units); other parameters are kept. */
export function writeState(search: string, slug: string, values: Readonly<Record<string, number>>): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${slug}.`)) params.delete(key);
  for (const [name, value] of Object.entries(values)) params.append(paramName(slug, name), formatForInput(value));
  const out = params.toString();
  return out ? `?${out}` : "";
}

/** The query string without this calculator's parameters. */
export function clearState(search: string, slug: string): string {
  return writeState(search, slug, {});
}

/** The link to share: this page, this calculator's state, and the equation's anchor. */
export function shareUrl(href: string, slug: string, values: Readonly<Record<string, number>>): string {
  const url = new URL(href);
  url.search = writeState(url.search, slug, values);
  url.hash = `eq-${slug}`;
  return url.href;
}
