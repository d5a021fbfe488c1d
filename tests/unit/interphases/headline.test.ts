import { describe, it, expect } from "vitest";
import { cardFacts, headlineSummary, headlineTest } from "../../../src/interphases/headline";
import { getInterphase, getInterphases } from "../../../src/interphases/records";
import type { Interphase } from "../../../src/interphases/schema";

const NBSP = "\u00A0";
const record = (tests: Interphase["tests"]): Interphase => ({ ...getInterphase("naf-ptfe"), tests });

describe("an interphase's headline test", () => {
  it("is the first test with a current density and a lifetime", () => {
    const r = record([
      { cell: "full", lifetime: { value: 400, unit: "cycles" } },
      { cell: "symmetric", currentDensity_mAcm2: { value: 1 }, arealCapacity_mAhcm2: { value: 1 }, lifetime: { value: 700, unit: "h", bound: "gt" } },
    ] as Interphase["tests"]);
    expect(headlineTest(r)).toBe(r.tests[1]);
    expect(headlineSummary(r)).toBe(`>700${NBSP}h at 1 mA cm⁻² and 1 mAh cm⁻²`);
    expect(cardFacts(r).headline).toBe(`>700${NBSP}h at 1 mA cm⁻² and 1 mAh cm⁻², Na‖Na symmetric`);
  });

  it("falls back to a full cell's cycles, with its rate when printed", () => {
    // The review's NaF/C–F layer from PTFE: two full cells against NVP, neither with a current density.
    const r = getInterphase("naf-ptfe");
    expect(headlineTest(r)).toBe(r.tests[0]);
    expect(headlineSummary(r)).toBe(`400${NBSP}cycles`);
    expect(cardFacts(r).headline).toBe(`400${NBSP}cycles, full (NVP)`);
    // Rolled PVDF powder: 600 cycles at 10 C. The review's "85 %" for it is a specific capacity (85 mAh g⁻¹) in
    // ref. 91, so no retention goes into a headline, where the record's note would not follow it.
    const pvdf = getInterphase("pvdf-rolled");
    expect(pvdf.tests[0]!.capacityRetention_pct).toEqual({ value: 85 });
    expect(headlineSummary(pvdf)).toBe(`600${NBSP}cycles at 10 C`);
  });

  it("is a count of results only when no test reports a lifetime", () => {
    const r = record([{ cell: "half" }, { cell: "full" }] as Interphase["tests"]);
    expect(headlineSummary(r)).toBe("");
    expect(cardFacts(r).headline).toBe("2 reported test results");
  });

  it("gives every record of the review a headline figure, none a bare count", () => {
    const bare = getInterphases().filter((r) => !headlineSummary(r)).map((r) => r.id);
    expect(bare).toEqual([]);
  });
});
