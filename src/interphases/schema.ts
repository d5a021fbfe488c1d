/**
 * Schema of one artificial-interphase record (content/interphases/<id>.yaml).
 *
 * Every record is one interphase surveyed in section 4 of the review (4.1 inorganic,
 * 4.2 organic, 4.3 hybrid), plus the bare-sodium baseline of section 5.
 *
 * UNIT CONVENTION. Numbers are stored in the display unit the review uses, and the unit
 * is part of the field name: `thicknessNm` (nm), `youngsModulusGPa` (GPa),
 * `ionicConductivity_mScm` (mS cm⁻¹), `activationEnergy_kJmol` (kJ mol⁻¹),
 * `diffusionBarrier_eV` / `adsorptionEnergy_eV` (eV), `currentDensity_mAcm2` (mA cm⁻²),
 * `arealCapacity_mAhcm2` (mAh cm⁻²), `overpotential_mV` (mV), `…_pct` (%),
 * `processTemperatureC` / `temperatureC` (°C). A micrometre figure of the review is
 * stored ×1000 in nm (e.g. "~20 μm" → `{ value: 20000, approx: true }`).
 *
 * A field is present only where the review prints a figure: nothing is estimated or
 * filled in from the cited papers. Fast-charging status and cumulative capacity are derived
 * (see `derived.ts`), never stored.
 */
import { z } from "zod";

/** The binding id list of content/README.md, in the review's order (sections 4.1, 4.2, 4.3, 5). */
export const INTERPHASE_IDS = [
  // 4.1 inorganic
  "nabr-bromopropane",
  "nai-iodopropane",
  "naf-snf2",
  "naf-ptfe",
  "nasb-naf-sbf3",
  "nasn-nacl-sncl2",
  "nasn-nacl-sncl4",
  "na2in-naf-inf3",
  "naxbi-nacl-bicl3",
  "al2o3-ald",
  "na2se-na15sn4-snse",
  "na2se-v",
  "nzmsc",
  "nanxoy-nano3",
  "na3p-red-phosphorus",
  "na3bi-na3ocl-biocl",
  "na-vn-s",
  "nabrp-pbr3",
  // 4.2 organic
  "pps-phs2na2",
  "pvdf-cu",
  "poly-dol",
  "sodium-formate",
  "zn-hcnt",
  "mof-199",
  "pyroprotein-seed-layer",
  "cppy-carbon-paper",
  // 4.3 hybrid
  "pnf-naf-pvdf",
  "pvdf-rolled",
  "alucone-mld",
  "ald-mld-nanoalloy",
  "iohl-na",
  // 5 baseline
  "bare-na",
] as const;

export type InterphaseId = (typeof INTERPHASE_IDS)[number];

/** Class as the review files it, i.e. the section that discusses the interphase. */
export const INTERPHASE_CLASSES = ["inorganic", "organic", "hybrid", "baseline"] as const;

/** Review section of each class, and the chapter page (content/chapters/<slug>.mdx) that retells it. */
export const SECTION_OF_CLASS = { inorganic: "4.1", organic: "4.2", hybrid: "4.3", baseline: "5" } as const;
export const CHAPTER_OF_SECTION = {
  "4.1": "inorganic-interphases",
  "4.2": "organic-interphases",
  "4.3": "hybrid-interphases",
  "5": "outlook",
} as const;

/** Material family (our grouping, following the paragraphs of section 4). */
export const FAMILIES = [
  "halide",
  "halide–alloy bilayer",
  "chalcogenide/oxide",
  "pnictide",
  "multiphase inorganic",
  "polymer",
  "salt layer",
  "host/scaffold",
  "halogen–polymer hybrid",
  "oxide–organic hybrid",
  "metal–organic hybrid",
  "bare metal",
] as const;

/** How the layer is made, in the review's words mapped to a fixed vocabulary. */
export const ROUTES = [
  "immersion",
  "rolling",
  "ALD",
  "MLD",
  "drop-casting",
  "vapour reaction",
  "blade/slurry coating",
  "molten reaction",
  "electrolyte additive",
  "spin coating",
  "kneading",
  "none",
] as const;

/** Cell format of a test. */
export const CELL_TYPES = ["symmetric", "half", "full", "asymmetric"] as const;

/**
 * Qualifier of a printed figure: `gt` "more than / over / above / exceeds / beyond",
 * `gte` "at least / ≥", `lt` "below / under / <", `lte` "up to / within / at most".
 */
export const BoundSchema = z.enum(["gt", "gte", "lt", "lte"]);

/** A figure the review prints next to the record's own, for comparison (same unit as the parent field). */
export const ComparisonSchema = z
  .object({
    value: z.number(), // the compared figure as printed
    approx: z.boolean().optional(), // true where the review writes ~, about, near, around
    bound: BoundSchema.optional(), // qualifier of the compared figure, if any
    of: z.string().min(1), // what the compared figure belongs to (e.g. "bare Na")
  })
  .strict();

type NumberRule = "any" | "nonNegative" | "positive";

function numberOf(rule: NumberRule) {
  if (rule === "positive") return z.number().positive();
  if (rule === "nonNegative") return z.number().nonnegative();
  return z.number();
}

/**
 * A quantity: a point `{ value, approx?, bound?, pm? }` or a range `{ min, max, approx? }`,
 * optionally naming the phase it belongs to (`of`) and a comparison printed with it (`vs`).
 */
function quantity(rule: NumberRule) {
  const num = numberOf(rule);
  const point = z
    .object({
      value: num, // the figure as printed, in the unit named by the field
      approx: z.boolean().optional(), // true where the review writes ~, about, near, around, roughly
      bound: BoundSchema.optional(), // "more than", "at least", "below"… (see BoundSchema)
      pm: z.number().positive().optional(), // ± uncertainty, where the review prints one
      of: z.string().min(1).optional(), // phase/component the figure belongs to, when not the whole layer
      vs: ComparisonSchema.optional(), // comparison figure printed in the same breath
    })
    .strict();
  const range = z
    .object({
      min: num, // lower end of the printed range
      max: num, // upper end of the printed range
      approx: z.boolean().optional(), // true where the range is prefixed by ~ or "about"
      of: z.string().min(1).optional(), // phase/component the range belongs to, when not the whole layer
      vs: ComparisonSchema.optional(), // comparison figure printed in the same breath
    })
    .strict()
    .refine((q) => q.min <= q.max, { message: "min must not exceed max", path: ["max"] });
  return z.union([point, range]);
}

export const QuantitySchema = quantity("any");
export const PositiveQuantitySchema = quantity("positive");
export const NonNegativeQuantitySchema = quantity("nonNegative");

/** How long a cell ran (or ran stably) as the review reports it. */
export const LifetimeSchema = z
  .object({
    value: z.number().positive(), // duration as printed
    unit: z.enum(["h", "cycles"]), // hours or cycles, as printed
    approx: z.boolean().optional(), // true where the review writes ~, about, around, roughly
    bound: BoundSchema.optional(), // "more than", "at least", "within"… (see BoundSchema)
  })
  .strict();

/** One distinct test condition the review reports for the interphase. */
export const InterphaseTestSchema = z
  .object({
    cell: z.enum(CELL_TYPES), // symmetric Na||Na, half (plating on a host/collector, CE), full, asymmetric
    cellInferred: z.literal(true).optional(), // true when the review does not name the cell and it is read from the kind of result (note says why)
    cathode: z.string().min(1).optional(), // full cells: positive electrode as the review names it
    electrolyte: z.string().min(1).optional(), // electrolyte (or solid electrolyte) as the review names it
    currentDensity_mAcm2: PositiveQuantitySchema.optional(), // plating/stripping current density, mA cm⁻²
    arealCapacity_mAhcm2: PositiveQuantitySchema.optional(), // capacity per half-cycle, mAh cm⁻²
    cRate_C: z.number().positive().optional(), // full-cell rate, in C
    lifetime: LifetimeSchema.optional(), // stable cycling span (h or cycles)
    overpotential_mV: NonNegativeQuantitySchema.optional(), // overpotential / hysteresis (initial or typical), mV
    finalOverpotential_mV: NonNegativeQuantitySchema.optional(), // overpotential at the end of a stated span, mV
    coulombicEfficiency_pct: NonNegativeQuantitySchema.optional(), // (average) Coulombic efficiency, %
    initialCoulombicEfficiency_pct: NonNegativeQuantitySchema.optional(), // first-cycle Coulombic efficiency, %
    capacityRetention_pct: NonNegativeQuantitySchema.optional(), // full-cell capacity retention, %
    specificCapacity_mAhg: PositiveQuantitySchema.optional(), // full-cell specific capacity, mAh g⁻¹
    ccd_mAcm2: z.number().positive().optional(), // critical current density, mA cm⁻²
    temperatureC: QuantitySchema.optional(), // test temperature or window, °C
    figure: z.string().regex(/^Fig\. \d+[a-z]?(?:[–-][a-z])?$/).optional(), // the review's figure panel, e.g. "Fig. 8j"
    note: z.string().min(1).optional(), // conditions or comparisons reported with this test
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.cellInferred && !t.note) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["note"], message: "an inferred cell type needs a note saying why" });
    }
    if (t.cathode && t.cell !== "full") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["cathode"], message: "only full cells have a cathode" });
    }
  });

const RouteSchema = z.enum(ROUTES);

/** One artificial interphase (or the bare-sodium baseline). */
export const InterphaseSchema = z
  .object({
    id: z.enum(INTERPHASE_IDS), // = file name and anchor stem; the README list is binding
    name: z.string().min(1), // short display name, Unicode sub/superscripts
    shortName: z.string().min(1).max(16).optional(), // label in the chapter figures ("PVDF@Cu"); default: the name
    class: z.enum(INTERPHASE_CLASSES), // as the review files it (the section that discusses it)
    section: z.enum(["4.1", "4.2", "4.3", "5"]), // review section discussing it
    family: z.enum(FAMILIES), // material family (our grouping)
    phases: z.array(z.string().min(1)).min(1).optional(), // phases the review says the layer contains/forms
    precursor: z.string().min(1).optional(), // reagent(s) the layer is made from
    route: z.union([RouteSchema, z.array(RouteSchema).min(2)]).optional(), // processing route(s); omitted where the review names none
    processTemperatureC: z.union([QuantitySchema, z.literal("room temperature")]).optional(), // processing temperature, °C
    thicknessNm: PositiveQuantitySchema.optional(), // layer thickness, nm (μm figures ×1000)
    youngsModulusGPa: PositiveQuantitySchema.optional(), // Young's modulus, GPa
    reducedModulusGPa: PositiveQuantitySchema.optional(), // reduced (indentation) modulus, GPa
    crackOnsetStrain_pct: PositiveQuantitySchema.optional(), // strain at which cracking starts, %
    ionicConductivity_mScm: PositiveQuantitySchema.optional(), // Na⁺ conductivity, mS cm⁻¹
    activationEnergy_kJmol: PositiveQuantitySchema.optional(), // activation energy of Na⁺ transport, kJ mol⁻¹
    diffusionBarrier_eV: NonNegativeQuantitySchema.optional(), // Na⁺/adatom diffusion or migration barrier (DFT), eV
    adsorptionEnergy_eV: QuantitySchema.optional(), // Na⁺ adsorption energy (DFT), eV
    interfacialResistance_ohm: PositiveQuantitySchema.optional(), // interfacial resistance, Ω
    tests: z.array(InterphaseTestSchema), // one entry per distinct test condition reported
    chapter: z.enum(["inorganic-interphases", "organic-interphases", "hybrid-interphases", "outlook"]), // chapter page slug
    anchor: z.string().regex(/^ip-[a-z0-9-]+$/), // anchor of the <IP> paragraph: `ip-<id>`
    refs: z.array(z.number().int().min(1).max(94)), // the review's reference numbers for it
    note: z.string().min(1).optional(), // what a reader must know (class arguable, inconsistent figures…)
  })
  .strict()
  .superRefine((r, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    if (r.anchor !== `ip-${r.id}`) issue(["anchor"], `must be "ip-${r.id}"`);
    if (SECTION_OF_CLASS[r.class] !== r.section) {
      issue(["section"], `class "${r.class}" is discussed in section ${SECTION_OF_CLASS[r.class]}, not ${r.section}`);
    }
    if (CHAPTER_OF_SECTION[r.section] !== r.chapter) {
      issue(["chapter"], `section ${r.section} is retold in "${CHAPTER_OF_SECTION[r.section]}"`);
    }
    if (r.refs.length === 0 && !r.note) issue(["refs"], "an empty reference list needs a note explaining it");
    if (new Set(r.refs).size !== r.refs.length) issue(["refs"], "duplicate reference number");
    if (Array.isArray(r.route) && r.route.includes("none")) issue(["route"], '"none" cannot be combined with other routes');
    if ((r.class === "baseline") !== (r.family === "bare metal")) {
      issue(["family"], 'the family "bare metal" is for the baseline record only');
    }
  });

/** A validated record (output type). */
export type Interphase = z.infer<typeof InterphaseSchema>;
/** What a YAML file must contain (input type). */
export type InterphaseInput = z.input<typeof InterphaseSchema>;
export type InterphaseTest = z.infer<typeof InterphaseTestSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Lifetime = z.infer<typeof LifetimeSchema>;
export type InterphaseClass = (typeof INTERPHASE_CLASSES)[number];
export type Family = (typeof FAMILIES)[number];
export type Route = (typeof ROUTES)[number];
export type CellType = (typeof CELL_TYPES)[number];
