import { describe, it, expect } from "vitest";
import {
  applyView, clearFilters, defaultState, facetCounts, isFiltered, normaliseText, parseState, serialiseState,
  DEFAULT_COLUMNS, type ViewState,
} from "../../../src/interphases/view";
import { getViewRecords, vocabularyOf } from "../../../src/interphases/records";

const records = getViewRecords();
const vocab = vocabularyOf(records);
const ids = (state: ViewState) => applyView(records, state, vocab).map((r) => r.record.id);
const parse = (search: string) => parseState(search, vocab);

describe("vocabulary", () => {
  it("offers only values present in the data, classes and cells in the schema's order", () => {
    expect(vocab.class).toEqual(["inorganic", "organic", "hybrid", "baseline"]);
    expect(vocab.cell).toEqual(["symmetric", "half", "full"]);
    expect(vocab.fast).toEqual(["yes", "current-only", "no"]);
    expect(vocab.route.at(-1)).toBe("not stated");
    expect(vocab.route).toContain("ALD");
  });
});

describe("URL state", () => {
  it("the default view is the empty query", () => {
    expect(serialiseState(defaultState())).toBe("");
    expect(parse("")).toEqual({ state: defaultState(), ignored: [] });
  });

  it.each([
    "?class=inorganic",
    "?class=inorganic&class=hybrid&fast=yes",
    "?cell=half&jmin=2&jmax=10",
    "?family=halide%E2%80%93alloy+bilayer&route=blade%2Fslurry+coating",
    "?lmin=1000&lunit=cycles",
    "?text=NaF",
    "?sort=lifetime&dir=desc",
    "?sort=name",
    "?cols=class%2Cphases%2Clifetime",
    "?chart=cumulative",
    "?class=organic&qmin=0.5&text=poly&sort=current&dir=desc&cols=route%2Ccurrent&chart=capacity",
  ])("%s round-trips unchanged", (search) => {
    const { state, ignored } = parse(search);
    expect(ignored).toEqual([]);
    expect(serialiseState(state)).toBe(search);
  });

  it("writes facets in vocabulary order, so equal views give equal links", () => {
    expect(serialiseState(parse("?class=hybrid&class=inorganic&class=hybrid").state)).toBe("?class=inorganic&class=hybrid");
  });

  it.each([
    ["?class=metallic", "class", "metallic", /no such class/],
    ["?fast=maybe", "fast", "maybe", /use yes, current-only, no/],
    ["?jmin=abc", "jmin", "abc", /not a number/],
    ["?jmin=-2", "jmin", "-2", /not a number of zero or more/],
    ["?qmax=Infinity", "qmax", "Infinity", /not a number/],
    ["?jmax=1e999", "jmax", "1e999", /too large/],
    ["?lunit=days", "lunit", "days", /h or cycles/],
    ["?sort=colour", "sort", "colour", /no such column/],
    ["?dir=desc", "dir", "desc", /needs a sort column/],
    ["?cols=class,bogus", "cols", "bogus", /no such column/],
    ["?chart=pie", "chart", "pie", /lifetime, cumulative or capacity/],
    ["?utm_source=mail", "utm_source", "mail", /not a setting/],
  ])("%s is ignored and named", (search, param, value, reason) => {
    const { ignored } = parse(search);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ param, value });
    expect(ignored[0]!.reason).toMatch(reason);
  });

  it("keeps the valid part of a partly bad link", () => {
    const { state, ignored } = parse("?class=inorganic&class=nope&jmin=2&jmax=x");
    expect(state.facets.class).toEqual(["inorganic"]);
    expect(state.ranges.j).toEqual({ min: 2 });
    expect(ignored.map((i) => i.param)).toEqual(["class", "jmax"]);
  });

  it("a backwards range is dropped whole", () => {
    const { state, ignored } = parse("?jmin=5&jmax=1");
    expect(state.ranges.j).toEqual({});
    expect(ignored[0]!.reason).toMatch(/larger than jmax/);
  });

  it("only bad values give the full table", () => {
    const { state } = parse("?class=%3Cimg%20src%3Dx%3E&jmin=%3Cscript%3E");
    expect(isFiltered(state)).toBe(false);
    expect(ids(state)).toHaveLength(32);
  });

  it("refuses an overlong text", () => {
    const { state, ignored } = parse(`?text=${"a".repeat(101)}`);
    expect(state.text).toBe("");
    expect(ignored[0]!.reason).toMatch(/longer than 100/);
  });

  it("quotes at most 40 characters of any ignored name or value (lib/echo.ts)", () => {
    const long = "x".repeat(10_000);
    const { ignored } = parse(`?class=${long}&${long}=1&text=${long}`);
    expect(ignored.map((i) => [i.param.length, i.value.length])).toEqual([[41, 1], [5, 41], [4, 41]]);
    expect(ignored.every((i) => `${i.param}${i.value}`.length <= 82)).toBe(true);
  });

  // Issue 9, item 15: the column list must say what it does and reproduce the view it came from.
  it.each(["?cols=", "?cols=,,,", "?cols=foo"])("%s names no column: the default columns, and a word why", (search) => {
    const { state, ignored } = parse(search);
    expect(state.columns).toEqual([...DEFAULT_COLUMNS]);
    expect(ignored).toEqual([{ param: "cols", value: new URLSearchParams(search).get("cols"), reason: expect.stringMatching(/names no column.*default columns/) }]);
    expect(serialiseState(state)).toBe(""); // the next URL write does not add "cols="
  });

  it("cols=name shows the name alone, and hiding every column writes exactly that", () => {
    expect(parse("?cols=name")).toEqual({ state: { ...defaultState(), columns: [] }, ignored: [] });
    const none = { ...defaultState(), columns: [] };
    expect(serialiseState(none)).toBe("?cols=name");
    expect(parse(serialiseState(none)).state).toEqual(none);
  });

  it("an unknown sort column does not swallow a bad direction", () => {
    expect(parse("?sort=foo&dir=sideways").ignored.map((i) => i.param)).toEqual(["sort", "dir"]);
    expect(parse("?sort=foo&dir=desc").ignored).toEqual([
      { param: "sort", value: "foo", reason: "no such column" },
      { param: "dir", value: "desc", reason: "a direction needs a sort column" },
    ]);
  });

  it("a repeated single-valued parameter uses the first value and says so", () => {
    const { state, ignored } = parse("?sort=name&sort=class");
    expect(state.sort).toEqual({ column: "name", dir: "asc" });
    expect(ignored).toEqual([{ param: "sort", value: "class", reason: expect.stringMatching(/first value/) }]);
  });

  it("clearing filters keeps sort, columns and chart", () => {
    const { state } = parse("?class=organic&text=x&sort=name&dir=desc&cols=class&chart=capacity");
    expect(serialiseState(clearFilters(state))).toBe("?sort=name&dir=desc&cols=class&chart=capacity");
  });
});

describe("filtering", () => {
  it("by class", () => {
    expect(ids(parse("?class=hybrid").state)).toEqual(["pnf-naf-pvdf", "pvdf-rolled", "alucone-mld", "ald-mld-nanoalloy", "iohl-na"]);
    expect(ids(parse("?class=organic&class=hybrid").state)).toHaveLength(13);
  });

  it("by fast charging (derived from the schema's window)", () => {
    expect(ids(parse("?fast=yes").state)).toEqual(["nasn-nacl-sncl4", "al2o3-ald", "sodium-formate", "ald-mld-nanoalloy", "iohl-na"]);
    expect(ids(parse("?fast=current-only").state)).toEqual(["pvdf-cu", "poly-dol", "zn-hcnt", "cppy-carbon-paper", "pnf-naf-pvdf", "alucone-mld"]);
    expect(ids(parse("?fast=no").state)).toHaveLength(21);
  });

  it("by route, records with two routes match either", () => {
    expect(ids(parse("?route=MLD").state)).toEqual(["alucone-mld", "ald-mld-nanoalloy"]);
    expect(ids(parse("?route=kneading").state)).toEqual(["nanxoy-nano3"]);
    expect(ids(parse("?route=not+stated").state)).toContain("nasn-nacl-sncl4");
  });

  it("by current density: a record shows when one of its tests is in range, and the tests are marked", () => {
    const rows = applyView(records, parse("?jmin=5").state, vocab);
    expect(rows.map((r) => r.record.id)).toEqual(["nasn-nacl-sncl4", "al2o3-ald", "zn-hcnt", "pnf-naf-pvdf"]);
    expect(rows[0]!.tests).toEqual([false, true, false]);
  });

  it("a printed range matches a filter range it overlaps (bare sodium: ~0.5–1 mA cm⁻²)", () => {
    expect(ids(parse("?jmin=0.8&jmax=0.9").state)).toEqual(["bare-na"]);
  });

  it("figures are compared as printed: '>4500 h' counts as 4500 h", () => {
    expect(ids(parse("?lmin=4500").state)).toEqual(["nasn-nacl-sncl4", "nzmsc"]);
    expect(ids(parse("?lmin=4501").state)).toEqual(["nzmsc"]);
  });

  it("lifetime in cycles is a separate scale", () => {
    expect(ids(parse("?lmin=2000&lunit=cycles").state)).toEqual(["nai-iodopropane", "nzmsc"]);
  });

  it("by areal capacity; a test without one never matches", () => {
    expect(ids(parse("?qmin=4").state)).toEqual(["nasn-nacl-sncl4", "iohl-na"]);
  });

  it("by cell type, test by test", () => {
    const rows = applyView(records, parse("?cell=half").state, vocab);
    expect(rows.map((r) => r.record.id)).toEqual(["pvdf-cu", "mof-199", "pyroprotein-seed-layer", "iohl-na"]);
    expect(rows.at(-1)!.tests).toEqual([true, false]);
  });

  it("test filters combine on the same test", () => {
    // IOHL-Na has a half cell at 2 mA cm⁻² and a symmetric cell at 4: no single half-cell test reaches 3.
    expect(ids(parse("?cell=half&jmin=3").state)).not.toContain("iohl-na");
    expect(ids(parse("?cell=symmetric&jmin=3").state)).toContain("iohl-na");
  });

  it("text over names and phases, ignoring case, subscripts and dash kinds", () => {
    expect(ids(parse("?text=na2se").state)).toEqual(["na2se-na15sn4-snse", "na2se-v", "nzmsc"]);
    expect(ids(parse("?text=NA-SN").state)).toEqual(["naf-snf2", "nasn-nacl-sncl2", "nasn-nacl-sncl4"]); // "Na–Sn alloy" phases
    expect(ids(parse("?text=alucone%20nanoalloy").state)).toEqual(["ald-mld-nanoalloy"]);
    expect(ids(parse("?text=zzz").state)).toEqual([]);
    expect(normaliseText("Na₃V₂(PO₄)₃ – NVP")).toBe("na3v2(po4)3 - nvp");
  });
});

describe("sorting", () => {
  it("defaults to the review's order", () => {
    expect(ids(defaultState())[0]).toBe("nabr-bromopropane");
    expect(ids(defaultState()).at(-1)).toBe("bare-na");
  });

  it("by current density, descending uses each record's highest test; missing values last", () => {
    const desc = ids(parse("?sort=current&dir=desc").state);
    expect(desc.slice(0, 2)).toEqual(["al2o3-ald", "zn-hcnt"]);
    expect(desc.at(-1)).toBe("pvdf-rolled");
    const asc = ids(parse("?sort=current").state);
    expect(asc[0]).toBe("naxbi-nacl-bicl3");
    expect(asc.at(-1)).toBe("pvdf-rolled");
  });

  it("by lifetime: hours first, then records with cycles only", () => {
    const desc = ids(parse("?sort=lifetime&dir=desc").state);
    expect(desc[0]).toBe("nzmsc");
    // Cycles only, highest first: 600, 600 (ties keep the review's order), 500, 300, 26 cycles.
    expect(desc.slice(-5)).toEqual(["naf-ptfe", "pvdf-rolled", "al2o3-ald", "pyroprotein-seed-layer", "mof-199"]);
  });

  it("by name, alphabetically", () => {
    const names = applyView(records, parse("?sort=name").state, vocab).map((r) => normaliseText(r.record.name));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("sorts only the filtered rows, by their matching tests", () => {
    expect(ids(parse("?class=hybrid&sort=current&dir=desc").state)[0]).toBe("pnf-naf-pvdf");
  });
});

describe("facet counts", () => {
  it("count records per value with the other facets applied", () => {
    const all = facetCounts(records, defaultState(), vocab);
    expect(all.class).toEqual({ inorganic: 18, organic: 8, hybrid: 5, baseline: 1 });
    expect(all.fast).toEqual({ yes: 5, "current-only": 6, no: 21 });
    const inorganic = facetCounts(records, parse("?class=inorganic").state, vocab);
    expect(inorganic.class).toEqual(all.class); // a facet does not narrow its own counts
    expect(inorganic.fast).toEqual({ yes: 2, "current-only": 0, no: 16 });
  });

  it("count cells by tests that match the other test filters", () => {
    const counts = facetCounts(records, parse("?jmin=2").state, vocab);
    expect(counts.cell.half).toBe(2); // pvdf-cu and iohl-na have half cells at 2 mA cm⁻²
  });
});

it("the default columns are a subset of the hideable ones", () => {
  expect(DEFAULT_COLUMNS).not.toContain("name");
});
