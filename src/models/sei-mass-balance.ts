import { defineCalculator, type EquationDefinition } from "./types";
import { allFinite } from "./finite";
import { UNITS, fromSI } from "../lib/units";
import { MATERIALS, type Material } from "./materials";

/** The SEI phases the calculator tracks: the review's inorganic trio and one organic salt. */
export const PHASES = [
  { key: "NaF", material: MATERIALS.NaF, tex: String.raw`\text{NaF}` },
  { key: "Na2CO3", material: MATERIALS.Na2CO3, tex: String.raw`\text{Na}_2\text{CO}_3` },
  { key: "Na2O", material: MATERIALS.Na2O, tex: String.raw`\text{Na}_2\text{O}` },
  { key: "Org", material: MATERIALS.Na2EDC, tex: String.raw`\text{org}` },
] as const satisfies readonly { key: string; material: Material; tex: string }[];

type PhaseKey = (typeof PHASES)[number]["key"];
/** Precipitation and dissolution rates per phase, mol m⁻² s⁻¹. */
export type PhaseRates = Record<PhaseKey, { prec: number; diss: number }>;

/** Per-phase net mass rates W_k(s_prec − s_diss), kg m⁻² s⁻¹. */
export function phaseMassRates(rates: PhaseRates): Record<PhaseKey, number> {
  const out = {} as Record<PhaseKey, number>;
  for (const { key, material } of PHASES) {
    const { prec, diss } = rates[key];
    out[key] = allFinite(prec, diss) && prec >= 0 && diss >= 0 ? material.molarMass * (prec - diss) : NaN;
  }
  return out;
}

/** dm/dt with the corrected (positive) sign: Σ W_k(s_prec − s_diss), kg m⁻² s⁻¹. */
export function netMassRate(rates: PhaseRates): number {
  return Object.values(phaseMassRates(rates)).reduce((a, b) => a + b, 0);
}

/** Rate of thickness change of a dense layer: Σ W_k(s_prec − s_diss)/ρ_k, m s⁻¹. */
export function thicknessRate(rates: PhaseRates): number {
  const m = phaseMassRates(rates);
  return PHASES.reduce((sum, { key, material }) => sum + m[key] / material.density, 0);
}

const phaseTex = (key: PhaseKey) => PHASES.find((p) => p.key === key)!.tex;
/** How the worked solutions write one phase's rate, molar mass and density: `s^{\text{prec}}_{\text{NaF}}`, `W_{\text{NaF}}`. */
const rateTex = (key: PhaseKey, which: "prec" | "diss") => String.raw`s^{\text{${which}}}_{${phaseTex(key)}}`;
const molarMassTex = (key: PhaseKey) => String.raw`W_{${phaseTex(key)}}`;
const densityTex = (key: PhaseKey) => String.raw`\rho_{${phaseTex(key)}}`;

/** Eqn (1), corrected sign, written out over the four phases (what a worked solution substitutes into). */
const netRateTerms = PHASES.map(({ key }) => String.raw`${molarMassTex(key)}\left(${rateTex(key, "prec")} - ${rateTex(key, "diss")}\right)`);
const DMDT_TEX = String.raw`\frac{dm_{\text{SEI}}}{dt}`;
const DDDT_TEX = String.raw`\frac{d\delta_{\text{SEI}}}{dt}`;

const rate = (name: string, key: PhaseKey, phase: string, which: "prec" | "diss", value: number) => ({
  name, symbol: `s_${which}`, tex: rateTex(key, which),
  meaning: `${phase} ${which === "prec" ? "precipitation" : "dissolution"} rate`, unit: UNITS.nmol_cm2_s,
  default: value, min: 0, max: 1000, scale: "linear" as const,
  source: "Illustrative: the review gives no rates. Chosen so that the inorganic phases grow and the soluble organic salt dissolves, as section 2.1 describes.",
});

const inputs = [
  rate("precNaF", "NaF", "NaF", "prec", 0.5), rate("dissNaF", "NaF", "NaF", "diss", 0.1),
  rate("precNa2CO3", "Na2CO3", "Na₂CO₃", "prec", 0.3), rate("dissNa2CO3", "Na2CO3", "Na₂CO₃", "diss", 0.1),
  rate("precNa2O", "Na2O", "Na₂O", "prec", 0.2), rate("dissNa2O", "Na2O", "Na₂O", "diss", 0.05),
  rate("precOrg", "Org", "organic salt", "prec", 0.3), rate("dissOrg", "Org", "organic salt", "diss", 0.4),
];

type Names = (typeof inputs)[number]["name"];
const ratesOf = (si: Readonly<Record<Names, number>>): PhaseRates => ({
  NaF: { prec: si.precNaF, diss: si.dissNaF },
  Na2CO3: { prec: si.precNa2CO3, diss: si.dissNa2CO3 },
  Na2O: { prec: si.precNa2O, diss: si.dissNa2O },
  Org: { prec: si.precOrg, diss: si.dissOrg },
});

export const definition: EquationDefinition = {
  slug: "sei-mass-balance",
  kind: "review",
  number: 1,
  name: "SEI areal mass balance",
  latex: String.raw`\frac{dm_{\text{SEI}}}{dt} = -\sum_{k \in \text{S}} W_k \left(s_k^{\text{prec}} - s_k^{\text{diss}}\right)`,
  chapter: "native-sei",
  section: "sec-2-1",
  symbols: [
    { tex: String.raw`m_{\text{SEI}}`, meaning: "SEI mass per unit electrode area", unit: "g cm⁻²", typed: ["m_SEI", "mSEI"] },
    { tex: String.raw`t`, meaning: "time", unit: "s" },
    { tex: String.raw`k \in \text{S}`, meaning: "index over the SEI's constituent phases (NaF, Na₂CO₃, organic salts …)", unit: "—" },
    { tex: String.raw`W_k`, meaning: "molar mass of phase k", unit: "g mol⁻¹", typed: ["W_k", "Wk"] },
    { tex: String.raw`s_k^{\text{prec}}`, meaning: "interfacial precipitation rate of phase k per unit area", unit: "mol cm⁻² s⁻¹", typed: ["s_prec", "sprec"] },
    { tex: String.raw`s_k^{\text{diss}}`, meaning: "interfacial dissolution rate of phase k per unit area", unit: "mol cm⁻² s⁻¹", typed: ["s_diss", "sdiss"] },
  ],
  aliases: ["SEI growth", "SEI dissolution", "precipitation", "mass balance"],
  erratum: {
    summary:
      "As printed, the leading minus sign makes the SEI lose mass whenever precipitation outpaces dissolution.",
    correctedLatex: String.raw`\frac{dm_{\text{SEI}}}{dt} = \sum_{k \in \text{S}} W_k \left(s_k^{\text{prec}} - s_k^{\text{diss}}\right)`,
    explanation:
      "With both rates defined as positive quantities, precipitation adds mass and dissolution removes it, so the net rate carries a plus sign. The calculator uses the corrected sign; the review's own reading (organic-rich domains dissolving thins the SEI) agrees with it.",
    refs: [43, 44],
  },
  context:
    "The native interphase is never finished: new inorganic and organic products keep precipitating from the reduced electrolyte while the more soluble organic salts dissolve back into it. Eqn (1) books that exchange phase by phase, each rate weighted by the phase's molar mass. Under slow cycling the two sides drift into a thick, resistive but fairly protective film; under fast charging both run quickly, on time scales of seconds, and the layer keeps thinning and re-forming in places, exposing bare metal. The calculator takes four phases, converts the net mass rate into a thickness rate with each phase's density, and shows what the printed sign would report for the same rates.",
  calculator: defineCalculator({
    inputs,
    outputs: [
      { name: "dmdt", symbol: "dm_{SEI}/dt", tex: DMDT_TEX, latex: `${DMDT_TEX} = ${netRateTerms.join(" + ")}`, meaning: "net areal mass rate, corrected sign", unit: UNITS.ng_cm2_s },
      { name: "dmdtPrinted", symbol: "dm_{SEI}/dt", meaning: "net areal mass rate", qualifier: "with the review's printed minus sign", unit: UNITS.ng_cm2_s },
      {
        name: "dddt", symbol: "dδ_{SEI}/dt", tex: DDDT_TEX,
        latex: `${DDDT_TEX} = ${PHASES.map(({ key }, i) => String.raw`\frac{${netRateTerms[i]}}{${densityTex(key)}}`).join(" + ")}`,
        meaning: "thickness rate of a dense layer", unit: UNITS.nm_s },
    ],
    compute: (si) => {
      const rates = ratesOf(si);
      const dmdt = netMassRate(rates);
      return { dmdt, dmdtPrinted: -dmdt, dddt: thicknessRate(rates) };
    },
    notes: (_si, out) =>
      Number.isFinite(out.dmdt) && Number.isFinite(out.dddt) && Math.sign(out.dmdt) !== Math.sign(out.dddt) && out.dddt !== 0
        ? [{ tone: "info", text: "Mass and thickness move in opposite directions here: the dissolving organic salt is light but bulky, the precipitating inorganic phases dense." }]
        : [],
    chart: (si) => {
      const m = phaseMassRates(ratesOf(si));
      const net = Object.values(m).reduce((a, b) => a + b, 0);
      const ng = (v: number) => fromSI(v, UNITS.ng_cm2_s);
      return [{
        kind: "bar",
        title: "Net mass rate of each SEI phase and of the whole layer (ng cm⁻² s⁻¹)",
        x: { label: "mass rate (ng cm⁻² s⁻¹); positive = growing", scale: "linear" },
        bars: [
          ...PHASES.map(({ key, material }) => ({ label: key === "Org" ? "organic salt" : material.formula, value: ng(m[key]), style: "ref" as const })),
          { label: "net, corrected", value: ng(net), style: "main" },
          { label: "net, printed sign", value: ng(-net), style: "alt" },
        ],
      }];
    },
    presets: [
      { name: "slow cycling: gentle growth", values: { precNaF: 0.05, dissNaF: 0.01, precNa2CO3: 0.03, dissNa2CO3: 0.01, precNa2O: 0.02, dissNa2O: 0.005, precOrg: 0.03, dissOrg: 0.02 } },
      { name: "fast charging: rapid churn", values: { precNaF: 5, dissNaF: 4, precNa2CO3: 3, dissNa2CO3: 3, precNa2O: 2, dissNa2O: 1.5, precOrg: 3, dissOrg: 6 } },
      { name: "balanced: no net change", values: { precNaF: 0.5, dissNaF: 0.5, precNa2CO3: 0.3, dissNa2CO3: 0.3, precNa2O: 0.2, dissNa2O: 0.2, precOrg: 0.3, dissOrg: 0.3 } },
    ],
    constants: PHASES.flatMap(({ key, material }) => [
      { tex: molarMassTex(key), value: material.molarMass, unit: "kg mol⁻¹" },
      { tex: densityTex(key), value: material.density, unit: "kg m⁻³" },
    ]),
  }),
};
