import { describe, it, expect } from "vitest";
import type { InterphaseTest } from "../../../src/interphases/schema";
import { cumulativeCapacity, deriveRecord, fastRank, fastStatus, recordFastStatus, FAST_STATUSES } from "../../../src/interphases/derived";
import { getInterphase, getInterphases } from "../../../src/interphases/records";
import { lifetimeGroups } from "../../../src/interphases/lifetimes";

type Window = Pick<InterphaseTest, "currentDensity_mAcm2" | "arealCapacity_mAhcm2">;
const t = (j?: number, q?: number): Window => ({
  currentDensity_mAcm2: j === undefined ? undefined : { value: j },
  arealCapacity_mAhcm2: q === undefined ? undefined : { value: q },
});

describe("fastStatus: the review's window, ≥ 2 mA cm⁻² with ≥ 0.5 mAh cm⁻² (section 4 opening)", () => {
  it.each([
    [2, 1, "yes"], // at the current threshold
    [2, 0.5, "yes"], // both at threshold
    [4, 4, "yes"], // above the 0.5–3 mAh cm⁻² band still counts (IOHL-Na, 4 mA cm⁻²/4 mAh cm⁻²)
    [10, 1, "yes"],
    [1.9, 3, "no"], // just below 2 mA cm⁻²: moderate (section 2 opening: < 2 mA cm⁻²)
    [3, 0.4, "no"], // capacity printed but too small
    [undefined, 1, "no"], // no current density (a C-rate only)
    [undefined, undefined, "no"],
    [5, undefined, "current-only"], // Zn-HCNT: 5 mA cm⁻², no capacity printed; the review calls it clearly fast
    [2, undefined, "current-only"], // PVDF@Cu at 2 mA cm⁻², no capacity printed
    [1, undefined, "no"], // slow current, capacity irrelevant
  ] as const)("j = %s mA cm⁻², Q = %s mAh cm⁻² → %s", (j, q, expected) => {
    expect(fastStatus(t(j, q))).toBe(expected);
  });

  it("a range counts by its lower end; an 'up to' figure never reaches a threshold; '~2' counts as 2", () => {
    expect(fastStatus({ currentDensity_mAcm2: { min: 0.5, max: 1 }, arealCapacity_mAhcm2: { value: 1 } })).toBe("no");
    expect(fastStatus({ currentDensity_mAcm2: { min: 2, max: 5 }, arealCapacity_mAhcm2: { min: 3, max: 5 } })).toBe("yes");
    expect(fastStatus({ currentDensity_mAcm2: { value: 5, bound: "lte" }, arealCapacity_mAhcm2: { value: 1 } })).toBe("no");
    expect(fastStatus({ currentDensity_mAcm2: { value: 2, approx: true }, arealCapacity_mAhcm2: { value: 1 } })).toBe("yes");
    expect(fastStatus({ currentDensity_mAcm2: { value: 3 }, arealCapacity_mAhcm2: { value: 4, bound: "lte" } })).toBe("no");
  });

  it("ranks yes above current-only above no", () => {
    expect(FAST_STATUSES.map(fastRank)).toEqual([2, 1, 0]);
  });
});

describe("recordFastStatus on the dataset: the best status of a record's tests", () => {
  const records = getInterphases();
  const having = (status: string) => records.filter((r) => recordFastStatus(r) === status).map((r) => r.id);

  it("five records have a test in the window", () => {
    expect(having("yes")).toEqual(["nasn-nacl-sncl4", "al2o3-ald", "sodium-formate", "ald-mld-nanoalloy", "iohl-na"]);
  });

  it("the tests the chapters draw as fast but without a printed capacity are marked apart, not 'no'", () => {
    // Review line 328: Zn-HCNT at 5–10 mA cm⁻² "clearly" meets the fast conditions; line 349: poly(DOL) at
    // 3 mA cm⁻²; line 385: the PVDF–NaF composites (PNF@Cu, 5 mA cm⁻²). None prints an areal capacity.
    for (const id of ["zn-hcnt", "poly-dol", "pnf-naf-pvdf"]) expect(recordFastStatus(getInterphase(id)), id).toBe("current-only");
    expect(having("current-only")).toEqual(["pvdf-cu", "poly-dol", "zn-hcnt", "cppy-carbon-paper", "pnf-naf-pvdf", "alucone-mld"]);
  });

  it("bare sodium (0.5–1 mA cm⁻²) is not fast", () => {
    expect(recordFastStatus(getInterphase("bare-na"))).toBe("no");
  });

  it("deriveRecord carries the per-test statuses and cumulative capacities for the JSON download", () => {
    expect(deriveRecord(getInterphase("nasn-nacl-sncl4"))).toEqual({
      fastCharging: "yes",
      tests: [
        { fastCharging: "yes", cumulativeCapacity_mAhcm2: 9000 }, // 2 mA cm⁻² × ~4500 h
        { fastCharging: "yes", cumulativeCapacity_mAhcm2: 7500 }, // 5 × ~1500
        { fastCharging: "yes", cumulativeCapacity_mAhcm2: 9000 }, // 2 × >4500
      ],
    });
  });
});

describe("cumulativeCapacity (j × hours)", () => {
  it("multiplies current density by hours", () => {
    expect(cumulativeCapacity({ currentDensity_mAcm2: { value: 2 }, lifetime: { value: 4500, unit: "h" } })).toBe(9000);
    expect(cumulativeCapacity({ currentDensity_mAcm2: { value: 0.1 }, lifetime: { value: 3000, unit: "h" } })).toBe(300);
  });
  it("is undefined for cycles, ranges or missing figures", () => {
    expect(cumulativeCapacity({ currentDensity_mAcm2: { value: 3 }, lifetime: { value: 500, unit: "cycles" } })).toBeUndefined();
    expect(cumulativeCapacity({ currentDensity_mAcm2: { min: 0.5, max: 1 }, lifetime: { value: 100, unit: "h" } })).toBeUndefined();
    expect(cumulativeCapacity({ lifetime: { value: 100, unit: "h" } })).toBeUndefined();
  });
  it("on a record: IOHL-Na at 4 mA cm⁻² for more than 2000 h passes over 8000 mAh cm⁻²", () => {
    const test = getInterphase("iohl-na").tests.find((x) => x.cell === "symmetric")!;
    expect(cumulativeCapacity(test)).toBe(8000);
  });
});

describe("lifetimeGroups: the chapter figures read the same status", () => {
  it("section 4.2: Na‖Na lifetimes in hours by current density, fast status per bar", () => {
    const groups = lifetimeGroups(getInterphases(), "organic");
    expect(groups.map((g) => g.label)).toEqual(["1 mA cm⁻²", "2 mA cm⁻²", "3 mA cm⁻²", "5 mA cm⁻²", "10 mA cm⁻²"]);
    const bars = groups.flatMap((g) => g.bars.map((b) => `${g.j} ${b.label} ${b.qualifier}${b.hours} ${b.fast}`));
    expect(bars).toEqual([
      "1 poly(DOL) >2800 no",
      "1 PVDF@Cu >1200 no",
      "1 CPPY >1000 no",
      "1 PPS-derived ≈800 no",
      "2 HCOONa ≈2200 yes",
      "2 PVDF@Cu ≈900 current-only",
      "3 poly(DOL) >130 current-only",
      "5 Zn-HCNT >1000 current-only",
      "10 Zn-HCNT >900 current-only",
    ]);
  });

  it("section 4.3, with the printed capacities", () => {
    const groups = lifetimeGroups(getInterphases(), "hybrid");
    const bars = groups.flatMap((g) => g.bars.map((b) => `${g.j} ${b.label} ${b.qualifier}${b.hours} ${b.capacity ?? "-"} ${b.fast}`));
    expect(bars).toEqual([
      "1 alucone >270 - no",
      "3 nanoalloy ≈1500 1 mAh cm⁻² yes",
      "3 alucone >100 - current-only",
      "4 IOHL-Na >2000 4 mAh cm⁻² yes",
      "5 PNF@Cu ≈500 - current-only",
    ]);
  });

  it("every bar's status is the record test's own", () => {
    for (const cls of ["organic", "hybrid"] as const) {
      for (const bar of lifetimeGroups(getInterphases(), cls).flatMap((g) => g.bars)) {
        expect(getInterphase(bar.id).tests.map(fastStatus)).toContain(bar.fast);
      }
    }
  });
});
