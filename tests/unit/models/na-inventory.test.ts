import { describe, expect, test } from "vitest";
import { cyclesUntilDepleted } from "@src/models/na-inventory";
import { describeEdgeCases, evaluateWith } from "./edge-cases";
import { getEquation } from "@src/models";
import { getInterphases } from "@src/interphases/records";

describe("cycles until the sodium excess is used up, (N/P − 1)/(1 − CE)", () => {
  test.each([
    // N/P, CE (fraction), cycles
    [3, 0.999, 2000], // the review's target: 2 / 0.001
    [3, 0.99, 200], // 2 / 0.01
    [3, 0.9948, 384.615], // PVDF@Cu at 2 mA cm⁻²: 2 / 0.0052
    [3, 0.9996, 5000], // pyroprotein seed layer (PSL): 2 / 0.0004
    [10, 0.99, 900], // thick foil hides a poor CE: 9 / 0.01
    [1, 0.999, 0], // no excess at all
    [3, 0, 2], // everything lost every cycle: 2 / 1
  ])("N/P=%s CE=%s → %s cycles", (np, ce, cycles) => {
    expect(cyclesUntilDepleted(np, ce)).toBeCloseTo(cycles, 3);
  });

  test.each([
    ["CE = 100 % (zero denominator)", 3, 1],
    ["CE above 100 %", 3, 1.01],
    ["N/P below 1", 0.8, 0.999],
    ["NaN", NaN, 0.999],
    ["infinite N/P", Infinity, 0.999],
  ])("%s → NaN", (_l, np, ce) => {
    expect(cyclesUntilDepleted(np, ce)).toBeNaN();
  });

  test("in display units CE is a percentage; 100 % is refused with a message beside CE", () => {
    expect(evaluateWith("na-inventory").outputs.cycles).toBeCloseTo(2000, 6);
    const ev = evaluateWith("na-inventory", { ce: "100" });
    expect(ev.fields.ce!.ok).toBe(false);
    expect(ev.outputs.cycles).toBeNaN();
  });
});

describeEdgeCases("na-inventory");

describe("presets quoting a measured CE name the interphase that measured it", () => {
  // Issue 9, item 2: 99.96 % is the pyroprotein seed layer's mean CE (review line 343, Fig. 14g), not CPPY's.
  const records = getInterphases();
  const label = (r: (typeof records)[number]) => r.shortName ?? /\(([^()]+)\)$/.exec(r.name)?.[1] ?? r.name;
  const presets = getEquation("na-inventory").calculator.presets.filter((p) => p.values.ce !== undefined && !p.name.startsWith("review"));

  test.each(presets.map((p) => [p.name, p.values.ce!] as const))("%s", (name, ce) => {
    const measured = records.filter((r) => r.tests.some((t) => t.coulombicEfficiency_pct && "value" in t.coulombicEfficiency_pct && t.coulombicEfficiency_pct.value === ce));
    expect(measured.length, `a record with a CE of ${ce} %`).toBe(1);
    expect(name.startsWith(`${label(measured[0]!)} `), `${name} names ${label(measured[0]!)}`).toBe(true);
  });
});
