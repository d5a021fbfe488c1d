/**
 * The interphase records at build time: loaded and validated once, and reduced to the view records the
 * table, the chart and the table script work on. Build-only (reads the file system).
 */
import { CELL_TYPES, INTERPHASE_CLASSES, type Interphase, type Quantity } from "./schema";
import { FAST_STATUSES, cumulativeCapacity, fastStatus, lowerValue, recordFastStatus } from "./derived";
import { loadInterphases } from "./load";
import { formatCell, formatFigure, formatLifetime, formatValue } from "./format";
import { normaliseText, type ViewRecord, type ViewTest, type Vocabulary } from "./view";

let cache: Interphase[] | undefined;

/** Every record, validated, in the review's order. */
export function getInterphases(): Interphase[] {
  cache ??= loadInterphases();
  return cache;
}

/** One record; an unknown id fails the build. */
export function getInterphase(id: string): Interphase {
  const record = getInterphases().find((r) => r.id === id);
  if (!record) throw new Error(`Unknown interphase id "${id}" (see content/README.md for the list)`);
  return record;
}

/** Number of test results over all records. */
export function testCount(records: readonly Interphase[]): number {
  return records.reduce((n, r) => n + r.tests.length, 0);
}

/** Route as a list; "not stated" where the review names none. */
export function routesOf(r: Interphase): string[] {
  if (!r.route) return ["not stated"];
  return Array.isArray(r.route) ? [...r.route] : [r.route];
}

function span(q: Quantity | undefined): [number, number] | undefined {
  if (!q) return undefined;
  return "min" in q ? [q.min, q.max] : [q.value, q.value];
}

export function toViewTest(test: Interphase["tests"][number], index: number): ViewTest {
  const cumulative = cumulativeCapacity(test);
  const lifetimeBound = test.lifetime?.bound;
  return {
    index,
    cell: test.cell,
    j: span(test.currentDensity_mAcm2),
    q: span(test.arealCapacity_mAhcm2),
    life: test.lifetime && { value: test.lifetime.value, unit: test.lifetime.unit },
    cumulative,
    overpotential: lowerValue(test.overpotential_mV),
    fast: fastStatus(test),
    text: {
      cell: formatCell(test),
      j: test.currentDensity_mAcm2 ? formatFigure(test.currentDensity_mAcm2) : "",
      q: test.arealCapacity_mAhcm2 ? formatFigure(test.arealCapacity_mAhcm2) : "",
      life: test.lifetime ? formatLifetime(test.lifetime) : "",
      // A "more than" lifetime makes the product a lower bound too.
      cumulative: cumulative === undefined ? "" : `${lifetimeBound === "gt" || lifetimeBound === "gte" ? ">" : test.lifetime?.approx ? "~" : ""}${formatValue(cumulative)}`,
    },
  };
}

export function toViewRecord(r: Interphase, order: number): ViewRecord {
  return {
    id: r.id,
    name: r.name,
    class: r.class,
    family: r.family,
    route: routesOf(r),
    phases: r.phases ?? [],
    section: r.section,
    refs: r.refs,
    order,
    thickness: lowerValue(r.thicknessNm),
    fast: recordFastStatus(r),
    haystack: normaliseText([r.name, r.id, ...(r.phases ?? []), r.precursor ?? ""].join(" ")),
    tests: r.tests.map(toViewTest),
  };
}

/** All records as view records, in the review's order. */
export function getViewRecords(): ViewRecord[] {
  return getInterphases().map(toViewRecord);
}

/** The facet values present in the data, in a fixed order. */
export function vocabularyOf(records: readonly ViewRecord[]): Vocabulary {
  const present = (values: Iterable<string>, order?: readonly string[]) => {
    const set = new Set(values);
    return order ? order.filter((v) => set.has(v)) : [...set].sort((a, b) => a.localeCompare(b));
  };
  const routes = present(records.flatMap((r) => r.route).filter((v) => v !== "not stated"));
  return {
    class: present(records.map((r) => r.class), INTERPHASE_CLASSES),
    family: present(records.map((r) => r.family)),
    route: records.some((r) => r.route[0] === "not stated") ? [...routes, "not stated"] : routes,
    cell: present(records.flatMap((r) => r.tests.map((t) => t.cell)), CELL_TYPES),
    fast: present(records.map((r) => r.fast), FAST_STATUSES),
  };
}
