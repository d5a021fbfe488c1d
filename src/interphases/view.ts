/**
 * The interphase comparison's view: which records and test results a reader sees, in which order and
 * with which columns, and how that view is written in the page URL
 * (`?class=inorganic&jmin=2&sort=lifetime&dir=desc`). Pure functions on plain data: the build renders
 * the table with them and the table script reruns them on every change.
 *
 * Figures are compared as printed: ">700 h" counts as 700 h, "~2" as 2, and a printed range
 * matches a filter range it overlaps.
 */
import type { CellType, InterphaseClass } from "./schema";
import { fastRank, type FastStatus } from "./derived";
import { parseNumber } from "../lib/validate";
import { echo } from "../lib/echo";
import { REPEATED, type UnusedParam } from "../lib/link-notice";

/** One test result, reduced to what filtering, sorting and the chart need. */
export interface ViewTest {
  /** Position in the record's `tests` (the row anchor is `ipx-<id>-t<index>`). */
  index: number;
  cell: CellType;
  /** Current density in mA cm⁻² as [low, high]; both ends equal for a single figure. */
  j?: [number, number];
  /** Areal capacity in mAh cm⁻² as [low, high]. */
  q?: [number, number];
  /** Lifetime as printed. */
  life?: { value: number; unit: "h" | "cycles" };
  /** Current density × hours in mAh cm⁻² (see `cumulativeCapacity`). */
  cumulative?: number;
  /** Overpotential in mV (lower end of a range). */
  overpotential?: number;
  /** Against the review's fast-charging window (see `fastStatus`). */
  fast: FastStatus;
  /** Display strings, formatted once at build time so the browser needs no formatter. */
  text: { cell: string; j: string; q: string; life: string; cumulative: string };
}

/** One interphase, reduced to what filtering and sorting need. */
export interface ViewRecord {
  id: string;
  name: string;
  class: InterphaseClass;
  family: string;
  /** Fabrication routes; `["not stated"]` where the review names none. */
  route: string[];
  phases: string[];
  /** Review section ("4.1"). */
  section: string;
  refs: number[];
  /** Position in the review's order (the default sort). */
  order: number;
  /** Thickness in nm (lower end of a range). */
  thickness?: number;
  /** The best status of its tests (see `recordFastStatus`). */
  fast: FastStatus;
  /** Normalised name, id, phases and precursor, for the text filter (see `normaliseText`). */
  haystack: string;
  tests: ViewTest[];
}

/** The facets a reader can tick, in form order. */
export const FACETS = ["class", "family", "route", "cell", "fast"] as const;
export type Facet = (typeof FACETS)[number];
/** The values each facet accepts (taken from the data, so every offered value matches something). */
export type Vocabulary = Record<Facet, readonly string[]>;

/** Numeric range filters: URL parameters `<key>min` / `<key>max`. */
export const RANGES = ["j", "q", "l"] as const;
export type RangeKey = (typeof RANGES)[number];
export interface Range {
  min?: number;
  max?: number;
}

/** Every column, in table order. `name` is always shown; the others can be hidden. */
export const COLUMNS = [
  "name", "class", "family", "phases", "route", "thickness",
  "cell", "current", "capacity", "lifetime", "cumulative", "overpotential",
  "fast", "section", "refs",
] as const;
export type Column = (typeof COLUMNS)[number];
export const HIDEABLE: readonly Column[] = COLUMNS.filter((c) => c !== "name");
/** Columns shown until the reader chooses otherwise. */
export const DEFAULT_COLUMNS: readonly Column[] = ["class", "route", "cell", "current", "capacity", "lifetime", "fast", "section", "refs"];
/** Columns whose cells hold one figure per test result rather than one per interphase. */
export const TEST_COLUMNS: readonly Column[] = ["cell", "current", "capacity", "lifetime", "cumulative", "overpotential"];

/** What the chart plots against current density. */
export const CHART_VIEWS = ["lifetime", "cumulative", "capacity"] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

export interface ViewState {
  /** Ticked values per facet; an empty list means "any". */
  facets: Record<Facet, string[]>;
  /** Current density (mA cm⁻²), areal capacity (mAh cm⁻²), lifetime (in `lifeUnit`). */
  ranges: Record<RangeKey, Range>;
  lifeUnit: "h" | "cycles";
  /** Text to find in names and phases. */
  text: string;
  /** Absent: the review's order. */
  sort?: { column: Column; dir: "asc" | "desc" };
  /** Visible hideable columns, in table order. */
  columns: Column[];
  chart: ChartView;
}

/** A URL parameter the table could not use, and why (shown to the reader as text). */
export type Ignored = UnusedParam;

const MAX_TEXT = 100;

export function defaultState(): ViewState {
  return {
    facets: { class: [], family: [], route: [], cell: [], fast: [] },
    ranges: { j: {}, q: {}, l: {} },
    lifeUnit: "h",
    text: "",
    columns: [...DEFAULT_COLUMNS],
    chart: "lifetime",
  };
}

/** Lower case, compatibility forms folded (Na₂Se → na2se), every dash a hyphen. */
export function normaliseText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ").trim();
}

const isColumn = (c: string): c is Column => (COLUMNS as readonly string[]).includes(c);

/** Reads a query string; anything unknown or malformed is left out of the state and listed in `ignored`. */
export function parseState(search: string, vocab: Vocabulary): { state: ViewState; ignored: Ignored[] } {
  const state = defaultState();
  const ignored: Ignored[] = [];
  const params = new URLSearchParams(search);
  // What the notice quotes back is shortened (lib/echo.ts): a link may carry any length of text.
  const ignore = (param: string, value: string, reason: string) => ignored.push({ param: echo(param), value: echo(value), reason });
  const single = (key: string): string | undefined => {
    const all = params.getAll(key);
    for (const extra of all.slice(1)) ignore(key, extra, REPEATED);
    return all[0];
  };
  const bounds: Partial<Record<string, number>> = {};
  const known = new Set<string>([...FACETS, ...RANGES.flatMap((r) => [`${r}min`, `${r}max`]), "lunit", "text", "sort", "dir", "cols", "chart"]);

  for (const key of new Set(params.keys())) {
    if (!known.has(key)) for (const v of params.getAll(key)) ignore(key, v, "not a setting of this table");
  }
  for (const facet of FACETS) {
    for (const value of params.getAll(facet)) {
      if (!vocab[facet].includes(value)) ignore(facet, value, `no ${facet === "fast" ? `such answer (use ${vocab.fast.join(", ")})` : `such ${facet}`}`);
      else if (!state.facets[facet].includes(value)) state.facets[facet].push(value);
    }
    state.facets[facet].sort((a, b) => vocab[facet].indexOf(a) - vocab[facet].indexOf(b));
  }
  for (const range of RANGES) {
    for (const end of ["min", "max"] as const) {
      const raw = single(`${range}${end}`);
      if (raw === undefined) continue;
      const value = parseNumber(raw);
      if (value === undefined || value < 0) ignore(`${range}${end}`, raw, "not a number of zero or more");
      else if (value === Infinity) ignore(`${range}${end}`, raw, "a number, but too large to compare with");
      else bounds[`${range}${end}`] = value;
    }
    const min = bounds[`${range}min`];
    const max = bounds[`${range}max`];
    if (min !== undefined && max !== undefined && min > max) {
      ignore(`${range}min`, String(min), `larger than ${range}max (${max}); the range is dropped`);
    } else {
      state.ranges[range] = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
  }
  const unit = single("lunit");
  if (unit !== undefined) {
    if (unit === "h" || unit === "cycles") state.lifeUnit = unit;
    else ignore("lunit", unit, "the lifetime unit is h or cycles");
  }
  const text = single("text");
  if (text !== undefined) {
    if (text.length > MAX_TEXT) ignore("text", text, `longer than ${MAX_TEXT} characters`);
    else state.text = text.trim();
  }
  const sort = single("sort");
  const dir = single("dir");
  if (sort !== undefined) {
    if (isColumn(sort)) state.sort = { column: sort, dir: "asc" };
    else ignore("sort", sort, "no such column");
  }
  if (dir !== undefined) {
    if (dir !== "asc" && dir !== "desc") ignore("dir", dir, "the direction is asc or desc");
    else if (!state.sort) ignore("dir", dir, "a direction needs a sort column");
    else state.sort.dir = dir;
  }
  // `cols` lists the columns to show besides the name, which always shows (`cols=name`: the name alone).
  // A list that names no column at all (`cols=`, `cols=,,`, `cols=foo`) keeps the default columns.
  const cols = single("cols");
  if (cols !== undefined) {
    const listed = cols.split(",").map((s) => s.trim()).filter(Boolean);
    const known = listed.filter((c) => c === "name" || (HIDEABLE as readonly string[]).includes(c));
    if (known.length === 0) ignore("cols", cols, "names no column of this table; the default columns are shown");
    else {
      for (const c of listed) if (!known.includes(c)) ignore("cols", c, "no such column");
      state.columns = HIDEABLE.filter((c) => known.includes(c));
    }
  }
  const chart = single("chart");
  if (chart !== undefined) {
    if ((CHART_VIEWS as readonly string[]).includes(chart)) state.chart = chart as ChartView;
    else ignore("chart", chart, "the chart shows lifetime, cumulative or capacity");
  }
  return { state, ignored };
}

/** The query string of a state ("" for the default view), parameters in a fixed order so equal views give equal links. */
export function serialiseState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const v of state.facets[facet]) params.append(facet, v);
  for (const range of RANGES) {
    const r = state.ranges[range];
    if (r.min !== undefined) params.append(`${range}min`, String(r.min));
    if (r.max !== undefined) params.append(`${range}max`, String(r.max));
  }
  if (state.lifeUnit !== "h") params.append("lunit", state.lifeUnit);
  if (state.text) params.append("text", state.text);
  if (state.sort) {
    params.append("sort", state.sort.column);
    if (state.sort.dir === "desc") params.append("dir", "desc");
  }
  const cols = HIDEABLE.filter((c) => state.columns.includes(c));
  if (cols.join() !== DEFAULT_COLUMNS.join()) params.append("cols", cols.length ? cols.join(",") : "name");
  if (state.chart !== "lifetime") params.append("chart", state.chart);
  const out = params.toString();
  return out ? `?${out}` : "";
}

/** True when any filter (not sort, columns or chart) narrows the view. */
export function isFiltered(state: ViewState): boolean {
  return FACETS.some((f) => state.facets[f].length > 0) || hasTestFilter(state, true) || state.text !== "";
}

/** True when a filter applies to single test results (cell type or a numeric range). */
export function hasTestFilter(state: ViewState, includeCell = true): boolean {
  return (includeCell && state.facets.cell.length > 0) || RANGES.some((r) => state.ranges[r].min !== undefined || state.ranges[r].max !== undefined);
}

/** State with every filter cleared; sort, columns and chart view are kept. */
export function clearFilters(state: ViewState): ViewState {
  const empty = defaultState();
  return { ...empty, sort: state.sort, columns: [...state.columns], chart: state.chart };
}

function overlaps(span: [number, number] | undefined, range: Range): boolean {
  if (range.min === undefined && range.max === undefined) return true;
  if (!span) return false;
  return (range.min === undefined || span[1] >= range.min) && (range.max === undefined || span[0] <= range.max);
}

/** Whether one test result passes the test-level filters (cell type, current density, capacity, lifetime). */
export function testMatches(t: ViewTest, state: ViewState): boolean {
  const cells = state.facets.cell;
  if (cells.length && !cells.includes(t.cell)) return false;
  if (!overlaps(t.j, state.ranges.j) || !overlaps(t.q, state.ranges.q)) return false;
  const l = state.ranges.l;
  if (l.min !== undefined || l.max !== undefined) {
    if (!t.life || t.life.unit !== state.lifeUnit) return false;
    if (!overlaps([t.life.value, t.life.value], l)) return false;
  }
  return true;
}

function recordFacetValues(r: ViewRecord, facet: Facet): string[] {
  if (facet === "class") return [r.class];
  if (facet === "family") return [r.family];
  if (facet === "route") return r.route;
  if (facet === "fast") return [r.fast];
  return [];
}

/** The record's tests that pass the test-level filters, or null when the record itself is filtered out. */
export function matchRecord(r: ViewRecord, state: ViewState, skip?: Facet): boolean[] | null {
  for (const facet of FACETS) {
    if (facet === skip || facet === "cell") continue;
    const wanted = state.facets[facet];
    if (wanted.length && !recordFacetValues(r, facet).some((v) => wanted.includes(v))) return null;
  }
  const text = normaliseText(state.text);
  if (text && !text.split(" ").every((word) => r.haystack.includes(word))) return null;
  const probe = skip === "cell" ? { ...state, facets: { ...state.facets, cell: [] } } : state;
  const tests = r.tests.map((t) => testMatches(t, probe));
  if (hasTestFilter(probe) && !tests.some(Boolean)) return null;
  return tests;
}

export interface ViewRow {
  record: ViewRecord;
  /** Per test: passes the test-level filters. */
  tests: boolean[];
}

type Key = number | string | undefined;

/** Sort key of one row for one column; test columns use the lowest (ascending) or highest (descending) shown test. */
function sortKey(row: ViewRow, column: Column, dir: "asc" | "desc", vocab: Vocabulary): [number, Key] {
  const r = row.record;
  const shown = r.tests.filter((_, i) => row.tests[i]);
  const pick = (values: (number | undefined)[]): Key => {
    const defined = values.filter((v): v is number => v !== undefined);
    if (!defined.length) return undefined;
    return dir === "asc" ? Math.min(...defined) : Math.max(...defined);
  };
  switch (column) {
    case "name": return [0, normaliseText(r.name)];
    case "class": return [0, vocab.class.indexOf(r.class)];
    case "family": return [0, r.family];
    case "phases": return [0, r.phases[0] && normaliseText(r.phases[0])];
    case "route": return [0, r.route[0] === "not stated" ? undefined : r.route[0]];
    case "thickness": return [0, r.thickness];
    case "cell": return [0, pick(shown.map((t) => vocab.cell.indexOf(t.cell)))];
    case "current": return [0, pick(shown.map((t) => t.j && (dir === "asc" ? t.j[0] : t.j[1])))];
    case "capacity": return [0, pick(shown.map((t) => t.q && (dir === "asc" ? t.q[0] : t.q[1])))];
    case "lifetime": {
      // Hours and cycles do not compare: records with a lifetime in hours come first, then those in cycles only.
      const hours = pick(shown.map((t) => (t.life?.unit === "h" ? t.life.value : undefined)));
      if (hours !== undefined) return [0, hours];
      return [1, pick(shown.map((t) => (t.life?.unit === "cycles" ? t.life.value : undefined)))];
    }
    case "cumulative": return [0, pick(shown.map((t) => t.cumulative))];
    case "overpotential": return [0, pick(shown.map((t) => t.overpotential))];
    case "fast": return [0, fastRank(r.fast)];
    case "section": return [0, r.order];
    case "refs": return [0, r.refs[0]];
  }
}

/** Filters and sorts: the rows to show, in order. Ties and the unsorted view keep the review's order. */
export function applyView(records: readonly ViewRecord[], state: ViewState, vocab: Vocabulary): ViewRow[] {
  const rows: ViewRow[] = [];
  for (const record of records) {
    const tests = matchRecord(record, state);
    if (tests) rows.push({ record, tests });
  }
  const sort = state.sort;
  if (!sort) return rows.sort((a, b) => a.record.order - b.record.order);
  const sign = sort.dir === "asc" ? 1 : -1;
  const keys = new Map(rows.map((row) => [row, sortKey(row, sort.column, sort.dir, vocab)]));
  return rows.sort((a, b) => {
    const [ga, ka] = keys.get(a)!;
    const [gb, kb] = keys.get(b)!;
    // Missing values go last in both directions.
    if ((ka === undefined) !== (kb === undefined)) return ka === undefined ? 1 : -1;
    if (ga !== gb) return ga - gb;
    if (ka !== undefined && kb !== undefined && ka !== kb) {
      const c = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb));
      if (c) return sign * c;
    }
    return a.record.order - b.record.order;
  });
}

/** For each facet value: how many records would show if it were ticked (the facet's own other ticks left out, as usual). */
export function facetCounts(records: readonly ViewRecord[], state: ViewState, vocab: Vocabulary): Record<Facet, Record<string, number>> {
  const out = {} as Record<Facet, Record<string, number>>;
  for (const facet of FACETS) {
    const counts: Record<string, number> = Object.fromEntries(vocab[facet].map((v) => [v, 0]));
    for (const r of records) {
      const tests = matchRecord(r, state, facet);
      if (!tests) continue;
      const values =
        facet === "cell" ? [...new Set(r.tests.filter((_, i) => tests[i]).map((t) => t.cell))] : recordFacetValues(r, facet);
      for (const v of values) if (v in counts) counts[v]!++;
    }
    out[facet] = counts;
  }
  return out;
}
