/**
 * Physical lower bounds the calculators' inputs share, in display units. Zero, or a value so small that it
 * underflows in SI, means nothing for these quantities: a layer thinner than an atom, a conductor with no
 * conductivity, a cell with no current. Inputs for which zero does mean something (a process that is off, no
 * overpotential, a transference number) keep 0 as their bound in their own model file.
 */

/** nm: one atomic layer, ~0.1 nm; anything thinner is not a layer. */
export const MIN_THICKNESS_nm = 0.1;

/** mS cm⁻¹: 10⁻¹⁰ mS cm⁻¹ (10⁻¹¹ S m⁻¹), far below the least conductive SEI phases the calculators use (~10⁻⁴). */
export const MIN_CONDUCTIVITY_mScm = 1e-10;

/** mA cm⁻²: 1 µA cm⁻², a thousandth of the ~1 mA cm⁻² at which moderate-rate tests typically run. */
export const MIN_CURRENT_DENSITY_mAcm2 = 1e-3;

/** mAh cm⁻²: 1 µAh cm⁻², about 9 nm of plated sodium, a thousandth of the ~1 mAh cm⁻² most tests plate per cycle. */
export const MIN_AREAL_CAPACITY_mAhcm2 = 1e-3;
