/**
 * Display units and their conversion to SI: the one place where a reader's unit meets the models' SI.
 * Every conversion here is a pure scale factor (no offsets: temperatures are in kelvin throughout).
 */
export interface Unit {
  /** As shown beside inputs and results: "mA cm⁻²"; empty for a plain number. */
  label: string;
  /** The SI unit the models compute in: "A m⁻²"; "1" for a plain number. */
  si: string;
  /** value in SI = value in display unit × factor. */
  factor: number;
}

const u = (label: string, si: string, factor: number): Unit => ({ label, si, factor });

export const UNITS = {
  none: u("", "1", 1),
  percent: u("%", "1", 0.01),
  cycles: u("cycles", "1", 1),
  // current density and charge
  mA_cm2: u("mA cm⁻²", "A m⁻²", 10),
  A_m2: u("A m⁻²", "A m⁻²", 1),
  mAh_cm2: u("mAh cm⁻²", "C m⁻²", 36_000),
  mAh_g: u("mAh g⁻¹", "C kg⁻¹", 3_600),
  mAh_cm3: u("mAh cm⁻³", "C m⁻³", 3.6e6),
  per_hour: u("h⁻¹", "s⁻¹", 1 / 3_600),
  // transport
  cm2_s: u("cm² s⁻¹", "m² s⁻¹", 1e-4),
  mol_L: u("mol L⁻¹", "mol m⁻³", 1_000),
  mS_cm: u("mS cm⁻¹", "S m⁻¹", 0.1),
  S_m: u("S m⁻¹", "S m⁻¹", 1),
  ohm_cm2: u("Ω cm²", "Ω m²", 1e-4),
  mol_m2_s: u("mol m⁻² s⁻¹", "mol m⁻² s⁻¹", 1),
  nmol_cm2_s: u("nmol cm⁻² s⁻¹", "mol m⁻² s⁻¹", 1e-5),
  // potential, energy, temperature
  V: u("V", "V", 1),
  mV: u("mV", "V", 1e-3),
  K: u("K", "K", 1),
  kJ_mol: u("kJ mol⁻¹", "J mol⁻¹", 1_000),
  // lengths, masses, densities
  nm: u("nm", "m", 1e-9),
  um: u("µm", "m", 1e-6),
  nm_s: u("nm s⁻¹", "m s⁻¹", 1e-9),
  g_mol: u("g mol⁻¹", "kg mol⁻¹", 1e-3),
  g_cm3: u("g cm⁻³", "kg m⁻³", 1_000),
  mg_cm2: u("mg cm⁻²", "kg m⁻²", 0.01),
  ug_cm2: u("µg cm⁻²", "kg m⁻²", 1e-5),
  umol_cm2: u("µmol cm⁻²", "mol m⁻²", 0.01),
  ng_cm2_s: u("ng cm⁻² s⁻¹", "kg m⁻² s⁻¹", 1e-8),
  // mechanics
  MPa: u("MPa", "Pa", 1e6),
  per_s: u("s⁻¹", "s⁻¹", 1),
  s: u("s", "s", 1),
  min: u("min", "s", 60),
  h: u("h", "s", 3_600),
} as const satisfies Record<string, Unit>;

/** A display value in SI. */
export function toSI(value: number, unit: Unit): number {
  return value * unit.factor;
}

/** An SI value in the display unit. */
export function fromSI(value: number, unit: Unit): number {
  return value / unit.factor;
}
