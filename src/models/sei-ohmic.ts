import { defineCalculator, type EquationDefinition } from "./types";
import { MIN_CONDUCTIVITY_mScm, MIN_CURRENT_DENSITY_mAcm2, MIN_THICKNESS_nm } from "./bounds";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { curve } from "./sweep";
import { formatNumber } from "../lib/format";
import { NATIVE_SEI_KAPPA_mS_cm } from "./sei-ion-flux";

/** i = κΔφ/δ, SI: S m⁻¹, V, m → A m⁻². */
export function ohmicCurrent(kappa: number, dphi: number, delta: number): number {
  if (!allFinite(kappa, dphi, delta) || !(kappa > 0 && delta > 0)) return NaN;
  return (kappa * dphi) / delta;
}

export interface Patch {
  /** Thickness, m. */
  delta: number;
  /** Ionic conductivity, S m⁻¹. */
  kappa: number;
  /** Fraction of the electrode area, 0–1. */
  area: number;
}

/**
 * Parallel SEI patches under one potential drop share a fixed mean current density j:
 * Δφ = j / Σ(f_k κ_k/δ_k), and each patch carries i_k = κ_k Δφ/δ_k (eqn 3 applied patch by patch).
 */
export function shareCurrent(j: number, patches: readonly Patch[]) {
  const areaSum = patches.reduce((s, p) => s + p.area, 0);
  const valid = allFinite(j) && j >= 0 && patches.every((p) => allFinite(p.delta, p.kappa, p.area) && p.delta > 0 && p.kappa > 0 && p.area >= 0 && p.area <= 1) && Math.abs(areaSum - 1) < 1e-9;
  if (!valid) return { dphi: NaN, local: patches.map(() => NaN), hotspot: NaN };
  const conductance = patches.reduce((s, p) => s + (p.area * p.kappa) / p.delta, 0);
  const dphi = j / conductance;
  const local = patches.map((p) => ohmicCurrent(p.kappa, dphi, p.delta));
  return { dphi, local, hotspot: j > 0 ? Math.max(...local) / j : NaN };
}

const inputs = [
  { name: "j", symbol: "j", tex: "j", meaning: "mean current density", unit: UNITS.mA_cm2, default: 1, min: MIN_CURRENT_DENSITY_mAcm2, max: 100, scale: "log", source: "1 mA cm⁻²: where moderate-rate tests in the literature typically stay, by the review (section 4 opening)." },
  { name: "delta1", symbol: "δ_1", tex: String.raw`\delta_1`, meaning: "thickness of the ordinary SEI", unit: UNITS.nm, default: 50, min: MIN_THICKNESS_nm, max: 1e5, scale: "log", source: "Estimate: 50 nm for a native SEI (as in eqn (2)'s calculator)." },
  { name: "kappa1", symbol: "κ_1", tex: String.raw`\kappa_1`, meaning: "conductivity of the ordinary SEI", unit: UNITS.mS_cm, default: NATIVE_SEI_KAPPA_mS_cm, min: MIN_CONDUCTIVITY_mScm, max: 100, scale: "log", source: "Estimate: 10⁻⁴ mS cm⁻¹ for an inorganic-rich native SEI (as in eqn (2)'s calculator)." },
  { name: "delta2", symbol: "δ_2", tex: String.raw`\delta_2`, meaning: "thickness of the thin or cracked patch", unit: UNITS.nm, default: 5, min: MIN_THICKNESS_nm, max: 1e5, scale: "log", source: "Illustrative: a patch one tenth as thick, such as a freshly exposed, thinly re-passivated crack." },
  { name: "kappa2", symbol: "κ_2", tex: String.raw`\kappa_2`, meaning: "conductivity of the thin patch", unit: UNITS.mS_cm, default: NATIVE_SEI_KAPPA_mS_cm, min: MIN_CONDUCTIVITY_mScm, max: 100, scale: "log", source: "Same as the ordinary SEI unless changed: only the thickness differs." },
  { name: "f2", symbol: "f_2", tex: "f_2", meaning: "area fraction of the thin patch", unit: UNITS.percent, default: 5, min: 0.01, max: 99, scale: "log", source: "Illustrative: 5 % of the surface." },
] as const;

export const definition: EquationDefinition = {
  slug: "sei-ohmic",
  kind: "review",
  number: 3,
  name: "Ohmic current density across the SEI",
  latex: String.raw`i = \frac{\kappa_{\text{SEI}}\,\Delta\phi_{\text{SEI}}}{\delta_{\text{SEI}}}`,
  chapter: "native-sei",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`i`, meaning: "ionic current density through the SEI, i = zF·J_Na", unit: "mA cm⁻²" },
    { tex: String.raw`\kappa_{\text{SEI}}`, meaning: "ionic conductivity of the SEI", unit: "mS cm⁻¹", typed: ["kappa_SEI", "κ"] },
    { tex: String.raw`\Delta\phi_{\text{SEI}}`, meaning: "potential difference across the SEI", unit: "mV", typed: ["delta phi", "Δφ"] },
    { tex: String.raw`\delta_{\text{SEI}}`, meaning: "SEI thickness", unit: "nm", typed: ["delta_SEI", "δ"] },
  ],
  aliases: ["ohmic drop", "current constriction", "hot spot"],
  context:
    "Multiplying eqn (2) by zF gives the current density an interphase of given conductivity and thickness carries for a given potential drop. Its real use in the review is a comparison between neighbouring patches. The metal underneath is one conductor, so every patch sees roughly the same drop; the current therefore divides in proportion to κ/δ, the inverse of the local resistance ρ_SEI = δ/κ. A thin or cracked spot with a tenth of the resistance takes ten times the current of its surroundings. The calculator splits a fixed mean current between an ordinary SEI and such a patch, and reports the drop, each patch's local current density and the hot-spot factor.",
  calculator: defineCalculator({
    inputs: [...inputs],
    outputs: [
      { name: "dphi", symbol: "Δφ_SEI", tex: String.raw`\Delta\phi_{\text{SEI}}`, latex: String.raw`\Delta\phi_{\text{SEI}} = \frac{j}{(1-f_2)\,\kappa_1/\delta_1 + f_2\,\kappa_2/\delta_2}`, meaning: "common potential drop across the SEI", unit: UNITS.mV },
      { name: "i1", symbol: "i_1", tex: "i_1", latex: String.raw`i_1 = \frac{\kappa_1\,\Delta\phi_{\text{SEI}}}{\delta_1}`, meaning: "local current density, ordinary SEI", unit: UNITS.mA_cm2 },
      { name: "i2", symbol: "i_2", tex: "i_2", latex: String.raw`i_2 = \frac{\kappa_2\,\Delta\phi_{\text{SEI}}}{\delta_2}`, meaning: "local current density, thin patch", unit: UNITS.mA_cm2 },
      { name: "hotspot", symbol: "i_max/j", tex: String.raw`i_{\max}/j`, latex: String.raw`i_{\max}/j = \frac{\max(i_1,\,i_2)}{j}`, meaning: "hot-spot factor", unit: UNITS.none },
    ],
    compute: ({ j, delta1, kappa1, delta2, kappa2, f2 }) => {
      const r = shareCurrent(j, [
        { delta: delta1, kappa: kappa1, area: 1 - f2 },
        { delta: delta2, kappa: kappa2, area: f2 },
      ]);
      return { dphi: r.dphi, i1: r.local[0]!, i2: r.local[1]!, hotspot: r.hotspot };
    },
    notes: (si, out) => {
      const rho1 = si.delta1 / si.kappa1;
      const rho2 = si.delta2 / si.kappa2;
      if (!Number.isFinite(out.hotspot)) return [];
      return [{ tone: out.hotspot > 2 ? "warn" : "info", text: `ρ_SEI = δ/κ is ${formatNumber(fromSI(rho1, UNITS.ohm_cm2))} Ω cm² on the ordinary SEI and ${formatNumber(fromSI(rho2, UNITS.ohm_cm2))} Ω cm² on the patch, so the patch carries ${formatNumber(out.hotspot)} times the mean current.` }];
    },
    chart: (si) => {
      const local = (jmA: number) => {
        const r = shareCurrent(toSI(jmA, UNITS.mA_cm2), [
          { delta: si.delta1, kappa: si.kappa1, area: 1 - si.f2 },
          { delta: si.delta2, kappa: si.kappa2, area: si.f2 },
        ]);
        return r.local.map((v) => fromSI(v, UNITS.mA_cm2));
      };
      const now = local(fromSI(si.j, UNITS.mA_cm2));
      const jmA = fromSI(si.j, UNITS.mA_cm2);
      return [{
        kind: "line",
        title: "Local current density on each patch against the mean current density (log–log)",
        x: { label: "mean current density j (mA cm⁻²)", scale: "log", domain: [0.1, 20] },
        y: { label: "local current density (mA cm⁻²)", scale: "log" },
        series: [
          { label: "thin patch", style: "alt", data: curve(0.1, 20, 20, "log", (j) => local(j)[1]!) },
          { label: "ordinary SEI", style: "main", data: curve(0.1, 20, 20, "log", (j) => local(j)[0]!) },
          { label: "uniform (no constriction)", style: "ref", dashed: true, data: curve(0.1, 20, 20, "log", (j) => j) },
        ],
        points: [
          { x: jmA, y: now[1]!, label: "current inputs, thin patch", style: "alt" },
          { x: jmA, y: now[0]!, label: "current inputs, ordinary SEI", style: "main" },
        ],
        rulesX: [{ value: 2, label: "2 mA cm⁻²: fast charging (review)" }],
      }];
    },
    presets: [
      { name: "moderate, 1 mA cm⁻²", values: { j: 1 } },
      { name: "fast, 5 mA cm⁻²", values: { j: 5 } },
      { name: "crack: 1 nm patch on 1 % of the area", values: { delta2: 1, f2: 1 } },
      { name: "uniform SEI (no hot spot)", values: { delta2: 50, kappa2: NATIVE_SEI_KAPPA_mS_cm } },
    ],
  }),
};
