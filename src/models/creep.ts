import { defineCalculator, type EquationDefinition } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, GAS_CONSTANT, ROOM_TEMPERATURE } from "./constants";
import { curve } from "./sweep";
import { SODIUM_MELTING_POINT } from "./materials";
import { formatNumber } from "../lib/format";

/** Creep constants are quoted per MPaⁿ, so the stress enters as σ / (1 MPa). */
const STRESS_UNIT = 1e6; // Pa

/** ε̇ = A·(σ/1 MPa)ⁿ·exp(−Q/RT), SI (σ in Pa, Q in J mol⁻¹, T in K) → s⁻¹; NaN outside the solid's domain. */
export function creepRate(A: number, sigma: number, n: number, Q: number, T: number): number {
  if (!allFinite(A, sigma, n, Q, T) || !(A >= 0 && sigma >= 0 && n > 0 && Q >= 0 && T > 0 && T < SODIUM_MELTING_POINT)) return NaN;
  return A * (sigma / STRESS_UNIT) ** n * Math.exp(-Q / (GAS_CONSTANT * T));
}

const inputs = [
  { name: "sigma", symbol: "σ", tex: String.raw`\sigma`, substituteIn: UNITS.MPa, meaning: "applied stress", unit: UNITS.MPa, default: 0.2, min: 1e-3, max: 10, scale: "log", source: "0.2 MPa: within the yield strength of sodium the review quotes, about 0.19–0.28 MPa (ref. 47)." },
  { name: "T", symbol: "T", tex: "T", meaning: "absolute temperature", unit: UNITS.K, default: ROOM_TEMPERATURE, min: 150, max: 370, scale: "linear", source: "298.15 K: room temperature, where sodium sits at T/T_m ≈ 0.8 (review, section 2.1; T_m = 370.94 K)." },
  { name: "n", symbol: "n", tex: "n", meaning: "stress exponent", unit: UNITS.none, default: 5, min: 1, max: 15, scale: "linear", source: "5.0: measured for sodium at room temperature by Wang et al. (ref. 48), pointing to dislocation climb." },
  { name: "Q", symbol: "Q", tex: "Q", meaning: "activation energy for creep", unit: UNITS.kJ_mol, default: 43, min: 0, max: 300, scale: "linear", source: "Estimate: 43 kJ mol⁻¹ (≈ 0.45 eV), the activation energy of lattice self-diffusion in sodium from tracer studies, which climb-controlled creep follows; the review gives no value." },
  { name: "A", symbol: "A", tex: "A", meaning: "pre-factor (per MPaⁿ)", unit: UNITS.per_s, default: 1e8, min: 1e-6, max: 1e20, scale: "log", source: "Estimate, calibrated: 1 × 10⁸ makes the rate ≈ 10⁻³ s⁻¹ (a typical laboratory strain rate) at 0.2 MPa and 298 K, so the default stress sits at the yield strength the review quotes, 0.19–0.28 MPa (ref. 47)." },
] as const;

const YIELD_RANGE = { from: 0.19, to: 0.28, label: "yield 0.19–0.28 MPa" };

export const definition: EquationDefinition = {
  slug: "creep",
  kind: "review",
  number: 4,
  name: "Power-law (Norton) creep with an Arrhenius term",
  latex: String.raw`\dot{\epsilon} = A\sigma^{n}\exp\left(-\frac{Q}{RT}\right)`,
  chapter: "native-sei",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`\dot{\epsilon}`, meaning: "creep strain rate", unit: "s⁻¹", typed: ["epsilon dot", "strain rate"] },
    { tex: String.raw`A`, meaning: "material constant (pre-factor)", unit: "MPa⁻ⁿ s⁻¹" },
    { tex: String.raw`\sigma`, meaning: "applied stress", unit: "MPa", typed: ["sigma", "σ"] },
    { tex: String.raw`n`, meaning: "stress exponent (material constant)", unit: "—" },
    { tex: String.raw`Q`, meaning: "activation energy for creep (material constant)", unit: "kJ mol⁻¹" },
    { tex: String.raw`R`, meaning: "gas constant, 8.314 J mol⁻¹ K⁻¹", unit: "J mol⁻¹ K⁻¹" },
    { tex: String.raw`T`, meaning: "absolute temperature", unit: "K" },
  ],
  aliases: ["Norton creep", "viscoplastic flow", "homologous temperature"],
  context:
    "Sodium melts at about 98 °C, so at room temperature it is already at roughly 0.8 of its melting point on the kelvin scale, a regime in which metals flow slowly under modest loads. Eqn (4) is the standard steady-state creep law: the strain rate rises as a power of stress and exponentially with temperature. During cycling the soft metal deforms under the interphase while brittle inorganic patches cannot follow; the mismatch cracks or lifts them, fresh sodium meets the electrolyte, and the interphase has to grow again. With a stress exponent near 5, doubling the stress speeds creep about thirty-fold, which is why local stress concentrations matter so much.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "rate", symbol: "ε̇", tex: String.raw`\dot{\epsilon}`, meaning: "creep strain rate", unit: UNITS.per_s },
      { name: "homologous", symbol: "T/T_m", tex: "T/T_m", latex: String.raw`T/T_m = \frac{T}{T_m}`, meaning: "homologous temperature (T_m = 370.94 K)", unit: UNITS.none, digits: 2 },
    ],
    compute: ({ A, sigma, n, Q, T }) => ({
      rate: creepRate(A, sigma, n, Q, T),
      homologous: T > 0 && T < SODIUM_MELTING_POINT ? T / SODIUM_MELTING_POINT : NaN,
    }),
    notes: (si) => {
      const doubling = 2 ** si.n;
      return Number.isFinite(doubling) ? [{ tone: "info", text: `With n = ${formatNumber(si.n)}, doubling the stress multiplies the creep rate by ${formatNumber(doubling)}.` }] : [];
    },
    chart: (si) => {
      const rateAtStress = (sMPa: number) => creepRate(si.A, toSI(sMPa, UNITS.MPa), si.n, si.Q, si.T);
      const rateAtT = (T: number) => creepRate(si.A, si.sigma, si.n, si.Q, T);
      const now = creepRate(si.A, si.sigma, si.n, si.Q, si.T);
      return [
        {
          kind: "line",
          title: "Creep strain rate against stress at the chosen temperature (log–log)",
          x: { label: "stress σ (MPa)", scale: "log", domain: [0.01, 3] },
          y: { label: "strain rate ε̇ (s⁻¹)", scale: "log" },
          series: [{ label: "these inputs", style: "main", data: curve(0.01, 3, 40, "log", rateAtStress) }],
          points: [{ x: fromSI(si.sigma, UNITS.MPa), y: now, label: "current inputs", style: "main" }],
          bandsX: [YIELD_RANGE],
        },
        {
          kind: "line",
          title: "Creep strain rate against temperature at the chosen stress",
          x: { label: "temperature T (K)", scale: "linear", domain: [230, 370] },
          y: { label: "strain rate ε̇ (s⁻¹)", scale: "log" },
          series: [{ label: "these inputs", style: "main", data: curve(230, 369, 40, "linear", rateAtT) }],
          points: [{ x: si.T, y: now, label: "current inputs", style: "main" }],
          rulesX: [{ value: ROOM_TEMPERATURE, label: "25 °C: T/T_m ≈ 0.8" }],
        },
      ];
    },
    presets: [
      { name: "room temperature, 0.2 MPa", values: { T: ROOM_TEMPERATURE, sigma: 0.2 } },
      { name: "cold, −20 °C", values: { T: 253.15 } },
      { name: "warm, 55 °C", values: { T: 328.15 } },
      { name: "stress concentration, 1 MPa", values: { sigma: 1 } },
    ],
    constants: [CONSTANT_SYMBOLS.R, { tex: "T_m", value: SODIUM_MELTING_POINT, unit: "K" }],
  }),
};
