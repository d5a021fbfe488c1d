import type { Constant } from "./types";

/** Physical constants (CODATA 2018, exact in the 2019 SI). */
export const FARADAY = 96_485.332_12; // C mol⁻¹
export const GAS_CONSTANT = 8.314_462_618; // J mol⁻¹ K⁻¹
/** Room temperature used for defaults, 25 °C. */
export const ROOM_TEMPERATURE = 298.15; // K
/** 1 mAh in coulombs. */
export const COULOMBS_PER_MAH = 3.6;

/** The constants as the formulas write them, with SI value and unit: worked solutions substitute them. */
export const CONSTANT_SYMBOLS = {
  F: { tex: "F", value: FARADAY, unit: "C mol⁻¹" },
  R: { tex: "R", value: GAS_CONSTANT, unit: "J mol⁻¹ K⁻¹" },
  /** Charge number of Na⁺. */
  z: { tex: "z", value: 1, unit: "" },
} as const satisfies Record<string, Constant>;
