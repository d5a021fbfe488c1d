/**
 * Example interphase layers from the review, shared by the area-specific-resistance and voltage-drop calculators.
 * Thicknesses (and the Na₃P conductivity) are the review's; the other conductivities are estimates, labelled as such.
 */
export interface LayerExample {
  name: string;
  /** Thickness, nm. */
  delta_nm: number;
  /** Ionic conductivity, mS cm⁻¹. */
  kappa_mS_cm: number;
  source: string;
}

export const LAYERS: LayerExample[] = [
  {
    name: "ALD Al₂O₃, 3.5 nm",
    delta_nm: 3.5,
    kappa_mS_cm: 1e-4,
    source: "3.5 nm (25 ALD cycles): review, section 4.1, ref. 1. κ estimated so the film costs about 10 mV at 3 mA cm⁻², consistent with the ≈ 20 mV cell overpotential reported there.",
  },
  {
    name: "sodium formate, 0.65 µm",
    delta_nm: 650,
    kappa_mS_cm: 1e-2,
    source: "≈ 0.65 µm HCOONa: review, section 4.2, ref. 86. κ is an estimate.",
  },
  {
    name: "NaF/C–F from PTFE, 20 µm",
    delta_nm: 20_000,
    kappa_mS_cm: 1e-2,
    source: "≈ 20 µm: review, section 4.1, ref. 13. κ is an estimate.",
  },
  {
    name: "Na₃P, 0.12 mS cm⁻¹, 1 µm",
    delta_nm: 1000,
    kappa_mS_cm: 0.12,
    source: "κ ≈ 0.12 mS cm⁻¹: review, section 4.1, ref. 22. The thickness, 1 µm, is illustrative.",
  },
];
