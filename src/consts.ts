/** Site-wide constants: one place for the title and the review's identity. The repository comes from the build (src/lib/repository.ts). */
export const SITE = {
  title: "Fast-charging sodium metal anodes — an interactive reading",
  shortTitle: "Fast-charging Na anodes",
  description:
    "The review by Oh, Zhang, Baek, Kim and Lee (RSC Appl. Interfaces 2026) retold chapter by chapter, with live equations, an interphase comparison and search.",
  lang: "en",
} as const;

/** The review this site retells. Its bibliographic record lives in content/references.json as `oh2026`. */
export const REVIEW = {
  key: "oh2026",
  doi: "10.1039/d5lf00305a",
  doiUrl: "https://doi.org/10.1039/d5lf00305a",
  /** The review's threshold between moderate and fast charging, in mA cm⁻² (sections 2 and 4). */
  fastChargingThreshold_mAcm2: 2,
  /** The areal capacities of its fast-charging window, in mAh cm⁻² (opening of section 4). */
  fastChargingCapacity_mAhcm2: [0.5, 3],
} as const;
