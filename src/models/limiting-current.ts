import { defineCalculator, inputNamed, type CrossCheck, type EquationDefinition, type InputVariable } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI, toSI } from "../lib/units";
import { CONSTANT_SYMBOLS, FARADAY } from "./constants";
import { curve } from "./sweep";
import { REVIEW } from "../consts";
import { formatNumber } from "../lib/format";
import { inputs as sandInputs, LI_REFERENCE, LI_REFERENCE_LABEL, LI_REFERENCE_PRESET } from "./sand-time";

const z = 1;

/**
 * Limiting current density of a binary electrolyte between two parallel electrodes a distance L apart,
 * j_lim = 2zFC₀D / ((1 − t₊)L), SI: m² s⁻¹, mol m⁻³, 1, m → A m⁻². NaN outside the physical domain;
 * at t₊ = 1 no salt gradient forms and there is no limit, which callers report instead of a number.
 */
export function limitingCurrent(D: number, C0: number, tplus: number, L: number): number {
  if (!allFinite(D, C0, tplus, L) || !(D > 0 && C0 > 0 && L > 0 && tplus >= 0 && tplus < 1)) return NaN;
  return (2 * z * FARADAY * C0 * D) / ((1 - tplus) * L);
}

/** Separators whose thickness sets L in a coin cell (uncompressed, from the manufacturers' data sheets). */
export const SEPARATORS = [
  { name: "25 µm polymer separator", L_um: 25, source: "25 µm: a single-layer polypropylene separator such as Celgard 2400 (manufacturer's data)." },
  { name: "glass fibre, 260 µm", L_um: 260, source: "260 µm: glass-fibre filter such as Whatman GF/A or GF/C (manufacturer's data), common in sodium cells." },
  { name: "glass fibre, 675 µm", L_um: 675, source: "675 µm: the thicker Whatman GF/D glass-fibre filter (manufacturer's data)." },
] as const;

/** t₊ up to and including 1, so that a single-ion conductor gets its own message rather than a range error. */
export const tplusInput = { ...inputNamed(sandInputs, "tplus"), max: 1 } satisfies InputVariable;

/** At t₊ = 1 the relations built on (1 − t₊) have no value: say why, beside the input. */
export function singleIonCheck({ tplus }: { readonly tplus: number }): CrossCheck[] {
  return tplus === 1
    ? [{ input: "tplus", message: "At t₊ = 1 only Na⁺ carries the current, so no salt gradient forms: there is no limiting current and no Sand's time. Enter a value below 1." }]
    : [];
}

export const distanceInput = {
  name: "L", symbol: "L", tex: "L", meaning: "distance between the electrodes (separator thickness)", unit: UNITS.um,
  default: SEPARATORS[1].L_um, min: 1, max: 20_000, scale: "log",
  source: `${SEPARATORS[1].source} Read D as the effective value inside the separator (its porosity and tortuosity lower it).`,
} as const satisfies InputVariable;

const inputs = [inputNamed(sandInputs, "D"), inputNamed(sandInputs, "C0"), tplusInput, distanceInput];

export const definition: EquationDefinition = {
  slug: "limiting-current",
  kind: "site",
  label: "S4",
  name: "Limiting current density of a cell of thickness L",
  latex: String.raw`j_{\text{lim}} = \frac{2zFC_0D}{(1-t_+)\,L}`,
  chapter: "plating-and-stripping",
  section: "sec-2-2",
  refs: [54, 28],
  symbols: [
    { tex: String.raw`j_{\text{lim}}`, meaning: "limiting current density: the most a steady salt gradient across the cell can carry", unit: "mA cm⁻²", typed: ["j_lim", "jlim", "limiting current"] },
    { tex: String.raw`z`, meaning: "ion valence (1 for Na⁺)", unit: "—" },
    { tex: String.raw`F`, meaning: "Faraday constant, 96 485 C mol⁻¹", unit: "C mol⁻¹" },
    { tex: String.raw`C_0`, meaning: "bulk salt concentration", unit: "mol L⁻¹", typed: ["C0", "C_0"] },
    { tex: String.raw`D`, meaning: "effective diffusion coefficient of the salt", unit: "cm² s⁻¹", typed: ["D"] },
    { tex: String.raw`t_+`, meaning: "cation transference number", unit: "—", typed: ["t+", "t₊", "tplus"] },
    { tex: String.raw`L`, meaning: "distance between the electrodes", unit: "µm", typed: ["L", "separator thickness"] },
  ],
  aliases: ["limiting current", "Chazalviel", "steady state", "separator thickness"],
  remark:
    "The steady-state result for a binary electrolyte between parallel electrodes (Chazalviel, ref. 54), the threshold Bai et al. (ref. 28) tested; added here to say when Sand's time applies at all.",
  context:
    "Sand's time treats the electrolyte as endless, but in a cell the counter electrode sits a separator's thickness away and puts back the ions the plating side takes. If the current is small enough, the salt concentration settles into a straight profile across the gap that never touches zero at the plating surface, and there is no Sand's time at all. The largest current such a profile can carry is the limiting current density: the profile is then steepest, zero at one electrode and twice the bulk value at the other. Above it, depletion arrives at about Sand's time, and Bai et al. watched lithium switch there from mossy to needle-like growth. The limit grows with concentration, diffusivity and transference number and shrinks with the gap, so a thin separator raises it and a thick glass-fibre one lowers it.",
  calculator: defineCalculator({
    inputs,
    outputs: [{ name: "jLim", symbol: "j_lim", tex: String.raw`j_{\text{lim}}`, meaning: "limiting current density", unit: UNITS.mA_cm2 }],
    compute: ({ D, C0, tplus, L }) => ({ jLim: limitingCurrent(D, C0, tplus, L) }),
    check: singleIonCheck,
    notes: (_si, out) => {
      const jLim = fromSI(out.jLim, UNITS.mA_cm2);
      if (!Number.isFinite(jLim)) return [];
      const ratio = jLim / REVIEW.fastChargingThreshold_mAcm2;
      return [{
        tone: ratio < 1 ? "warn" : "info",
        text: ratio < 1
          ? `Below the review's ${REVIEW.fastChargingThreshold_mAcm2} mA cm⁻² fast-charging threshold: every fast-charging test in this cell runs past the limit.`
          : `${formatNumber(ratio, 2)} times the review's ${REVIEW.fastChargingThreshold_mAcm2} mA cm⁻² fast-charging threshold.`,
      }];
    },
    chart: (si) => {
      const mA = (p: { D: number; C0: number; tplus: number }) => (um: number) => fromSI(limitingCurrent(p.D, p.C0, p.tplus, toSI(um, UNITS.um)), UNITS.mA_cm2);
      const range = [1, 10_000] as const;
      return [{
        kind: "line",
        title: "Limiting current density against the distance between the electrodes (log–log)",
        x: { label: "distance L (µm)", scale: "log", domain: [...range] },
        y: { label: "j_lim (mA cm⁻²)", scale: "log" },
        series: [
          { label: "these inputs", style: "main", data: curve(...range, 30, "log", mA(si)) },
          { label: LI_REFERENCE_LABEL, style: "ref2", dashed: true, data: curve(...range, 30, "log", mA(LI_REFERENCE)) },
        ],
        points: [{ x: fromSI(si.L, UNITS.um), y: fromSI(limitingCurrent(si.D, si.C0, si.tplus, si.L), UNITS.mA_cm2), label: "current inputs", style: "main" }],
        // The separators of the presets: a polymer film, and the range of glass-fibre filters.
        rulesX: [{ value: SEPARATORS[0].L_um, label: "polymer" }],
        bandsX: [{ from: SEPARATORS[1].L_um, to: SEPARATORS[2].L_um, label: "glass fibre" }],
        rulesY: [{ value: REVIEW.fastChargingThreshold_mAcm2, label: "2 mA cm⁻²" }],
      }];
    },
    presets: [
      ...SEPARATORS.map((s) => ({ name: s.name, values: { L: s.L_um } })),
      LI_REFERENCE_PRESET,
    ],
    constants: [CONSTANT_SYMBOLS.z, CONSTANT_SYMBOLS.F],
  }),
};
