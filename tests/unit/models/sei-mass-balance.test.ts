import { describe, expect, test } from "vitest";
import { netMassRate, phaseMassRates, thicknessRate, type PhaseRates } from "@src/models/sei-mass-balance";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// Molar masses from IUPAC atomic weights (kg mol⁻¹): NaF 0.0419882, Na₂CO₃ 0.1059875, Na₂O 0.0619785,
// (CH₂OCO₂Na)₂ 0.1940495. Densities (kg m⁻³): 2558, 2540, 2270, 1600 (estimate). 1 nmol cm⁻² s⁻¹ = 1e-5 mol m⁻² s⁻¹.
const zero = { prec: 0, diss: 0 };
const only = (key: keyof PhaseRates, prec: number, diss = 0): PhaseRates => ({ NaF: zero, Na2CO3: zero, Na2O: zero, Org: zero, [key]: { prec, diss } });

describe("SEI mass balance, corrected sign", () => {
  test.each([
    // phase, prec, diss (mol m⁻² s⁻¹), dm/dt (kg m⁻² s⁻¹), dδ/dt (m s⁻¹)
    ["NaF", 1e-5, 0, 4.19882e-7, 1.64145e-10], // 0.0419882 × 1e-5; / 2558
    ["Na2CO3", 0, 1e-5, -1.059875e-6, -4.17274e-10], // dissolution only: −0.1059875 × 1e-5; / 2540
    ["Org", 2e-5, 1e-5, 1.940495e-6, 1.21281e-9], // 0.1940495 × 1e-5; / 1600
    ["Na2O", 3e-5, 3e-5, 0, 0], // balanced
  ] as const)("%s prec=%s diss=%s → dm/dt %s, dδ/dt %s", (key, prec, diss, dm, dd) => {
    expect(netMassRate(only(key, prec, diss))).toBeCloseTo(dm, 12);
    expect(thicknessRate(only(key, prec, diss))).toBeCloseTo(dd, 15);
  });

  test("defaults: NaF 0.0419882×0.4e-5 + Na₂CO₃ 0.1059875×0.2e-5 + Na₂O 0.0619785×0.15e-5 − org 0.1940495×0.1e-5 = 2.78846e-7 kg m⁻² s⁻¹", () => {
    const ev = evaluateWith("sei-mass-balance");
    expect(ev.outputs.dmdt).toBeCloseTo(2.78846e-7, 11);
    expect(ev.outputs.dmdtPrinted).toBeCloseTo(-2.78846e-7, 11); // the printed minus sign flips it
    // 1.67953e-7/2558 + 2.11975e-7/2540 + 9.29678e-8/2270 − 1.94050e-7/1600 = 6.87866e-11 m s⁻¹
    expect(ev.outputs.dddt).toBeCloseTo(6.87866e-11, 15);
  });

  test("precipitation adds mass with the corrected sign (the printed sign would remove it)", () => {
    const rates = only("NaF", 1e-5);
    expect(netMassRate(rates)).toBeGreaterThan(0);
  });

  test.each([
    ["negative rate", -1e-5],
    ["NaN rate", NaN],
    ["infinite rate", Infinity],
  ])("%s → NaN for that phase and the total", (_l, bad) => {
    const rates = only("NaF", bad);
    expect(phaseMassRates(rates).NaF).toBeNaN();
    expect(netMassRate(rates)).toBeNaN();
  });
});

describeEdgeCases("sei-mass-balance");
