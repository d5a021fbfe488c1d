/**
 * Calculator state in the page URL, the site's public sharing format:
 *   ?<slug>.<variable>=<value in the display unit>   e.g. ?sand-time.j=10&sand-time.D=2e-6#eq-sand-time
 * Pure functions on strings; the browser code only passes location.search in and the result out.
 *
 * A parameter given more than once counts by its first value, as in the interphase table's links; every
 * parameter not used (repeated, malformed, out of range, misspelt, or for a calculator not on the page) is
 * returned with its reason, for the notice.
 */
import type { InputVariable } from "../models/types";
import { checkInput } from "./validate";
import { formatForInput, formatQuantity } from "./format";
import { echo } from "./echo";
import { REPEATED, type UnusedParam } from "./link-notice";

/** A parameter of this calculator's link that was not used, e.g. "sand-time.j=abc", with its reason. */
export type RejectedParam = UnusedParam;

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

/** True when a parameter name belongs to this calculator, spelt in any case ("Sand-Time.j" too). */
const belongs = (key: string, slug: string) => key.toLowerCase().startsWith(`${slug}.`);

/** True when the query string carries any parameter for this calculator (in any case, so a misspelling is reported). */
export function hasState(search: string, slug: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (belongs(key, slug)) return true;
  return false;
}

const reject = (param: string, value: string, reason: string): RejectedParam => ({ param: echo(param), value: echo(value), reason });

/** Reads one calculator's parameters; repeated, malformed, out-of-range and unknown ones are returned as rejected. */
export function readState(search: string, slug: string, inputs: readonly InputVariable[]): UrlState {
  const byName = new Map(inputs.map((v) => [v.name, v]));
  const values: Record<string, number> = {};
  const rejected: RejectedParam[] = [];
  const seen = new Set<string>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (!belongs(key, slug)) continue;
    const name = key.slice(slug.length + 1);
    const variable = key.startsWith(`${slug}.`) ? byName.get(name) : undefined;
    if (!variable) {
      const meant = inputs.filter((v) => v.name.toLowerCase() === name.toLowerCase());
      const reason = meant.length === 1 ? `names are case-sensitive: did you mean ${paramName(slug, meant[0]!.name)}?` : "this calculator has no such input";
      rejected.push(reject(key, value, reason));
      continue;
    }
    if (seen.has(variable.name)) {
      rejected.push(reject(key, value, REPEATED));
      continue;
    }
    seen.add(variable.name);
    const checked = checkInput(variable, value);
    if (checked.ok) values[variable.name] = checked.value;
    else {
      const fallback = `the default, ${formatQuantity(variable.default, variable.unit, 4)}, is used`;
      rejected.push(reject(key, value, `${lowerFirst(checked.message.replace(/\.$/, ""))}; ${fallback}`));
    }
  }
  return { values, rejected };
}

/**
 * Parameters shaped like a calculator's (`<slug>.<name>`) that no calculator on this page reads: another
 * equation's, or no equation's. `onPage` and `known` are lower-case slugs.
 */
export function strayParams(search: string, onPage: readonly string[], known: readonly string[]): RejectedParam[] {
  const out: RejectedParam[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    const slug = /^([^.]+)\./.exec(key)?.[1]?.toLowerCase();
    if (slug === undefined || onPage.includes(slug)) continue;
    const reason = known.includes(slug) ? `the calculator for ${slug} is not on this page (it is on its equation's page)` : "no calculator has that name";
    out.push(reject(key, value, reason));
  }
  return out;
}

/** The query string with this calculator's parameters replaced by `values` (display units); other parameters are kept. */
export function writeState(search: string, slug: string, values: Readonly<Record<string, number>>): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (belongs(key, slug)) params.delete(key);
  for (const [name, value] of Object.entries(values)) params.append(paramName(slug, name), formatForInput(value));
  const out = params.toString();
  return out ? `?${out}` : "";
}

/** The query string without this calculator's parameters. */
export function clearState(search: string, slug: string): string {
  return writeState(search, slug, {});
}

/** The link to share: this page, this calculator's state, and its anchor (the equation's, `eq-<slug>`, unless given). */
export function shareUrl(href: string, slug: string, values: Readonly<Record<string, number>>, anchor = `eq-${slug}`): string {
  const url = new URL(href);
  url.search = writeState(url.search, slug, values);
  url.hash = anchor;
  return url.href;
}
