import { describe, expect, test } from "vitest";
import { voidFlux } from "@src/models/void-flux";
import { describeEdgeCases, evaluateWith } from "./edge-cases";

// J = (j/zF)(1 − η/η_c); j/F for 10 A m⁻² (1 mA cm⁻²) = 10 / 96 485.33212 = 1.036427e-4 mol m⁻² s⁻¹.
describe("void flux", () => {
  test.each([
    // j (A m⁻²), η (V), η_c (V), J (mol m⁻² s⁻¹)
    [10, 0.02, 0.05, 6.218562e-5], // 1.036427e-4 × (1 − 0.4) = 6.218562e-5
    [10, 0, 0.05, 1.036427e-4], // η = 0: the whole stripping flux
    [10, 0.05, 0.05, 0], // η = η_c: the flux vanishes
    [50, 0.02, 0.05, 3.109281e-4], // five times the current, five times the flux
    [0, 0.02, 0.05, 0], // no current, no voids
  ])("j=%s η=%s η_c=%s → %s", (j, eta, etac, expected) => {
    expect(voidFlux(j, eta, etac)).toBeCloseTo(expected, 10);
  });

  test.each([
    ["η above η_c (would be negative)", 10, 0.06, 0.05],
    ["negative η", 10, -0.01, 0.05],
    ["η_c = 0 (zero denominator)", 10, 0, 0],
    ["negative current", -10, 0.02, 0.05],
    ["NaN", 10, NaN, 0.05],
    ["infinite η_c", 10, 0.02, Infinity],
  ])("%s → NaN", (_l, j, eta, etac) => {
    expect(voidFlux(j, eta, etac)).toBeNaN();
  });

  test("the calculator refuses η > η_c with a message beside η, and shows no flux", () => {
    const ev = evaluateWith("void-flux", { eta: "60", etac: "50" });
    expect(ev.fields.eta).toEqual({ ok: false, message: expect.stringContaining("η_c") });
    expect(ev.outputs.J).toBeNaN();
  });

  test("defaults: J = 6.2186e-5 mol m⁻² s⁻¹, i.e. 6.2186e-5 × V_m(Na) = 6.2186e-5 × 2.37498e-5 m³ mol⁻¹ = 1.4769 nm s⁻¹", () => {
    const ev = evaluateWith("void-flux");
    expect(ev.outputs.J).toBeCloseTo(6.218562e-5, 10);
    expect(ev.outputs.rate).toBeCloseTo(1.476894e-9, 14);
  });
});

describeEdgeCases("void-flux");
