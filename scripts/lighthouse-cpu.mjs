// Lighthouse's CPU slowdown for the machine it runs on (used by scripts/bench.mjs).
//
// Lighthouse's mobile preset simulates a mid-tier phone by multiplying the main-thread time it observes by a fixed 4,
// which its throttling guide (docs/throttling.md, "Calibrating the CPU slowdown") sets for a high-end desktop host
// (benchmarkIndex 1500-2000). On a slower host the same 4 models a slower phone than the preset means, and Lighthouse
// warns in the report when the index is under 1000. The guide points to the Lighthouse team's calculator
// (lighthouse-cpu-throttling-calculator.vercel.app) for the multiplier that reaches the preset's phone from a given
// index; this is its piecewise-linear rule: 150 → 1×, 800 → 2×, 1300 → 3×, then one more per 233 (1533 → 4×).

/**
 * The CPU slowdown multiplier that makes a host with this Lighthouse benchmarkIndex simulate the mobile preset's
 * phone, to two decimals. Hosts slower than the phone itself (index under 150) get 1: Lighthouse cannot speed up.
 * @param {number} benchmarkIndex
 * @returns {number}
 */
export function calibratedSlowdown(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`not a benchmarkIndex: ${benchmarkIndex}`);
  const m =
    benchmarkIndex >= 1300 ? 3 + (benchmarkIndex - 1300) / 233
    : benchmarkIndex >= 800 ? 2 + (benchmarkIndex - 800) / 500
    : benchmarkIndex >= 150 ? 1 + (benchmarkIndex - 150) / 650
    : 1;
  return Math.round(m * 100) / 100;
}
