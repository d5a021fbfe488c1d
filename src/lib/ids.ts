const counters = new Map<string, number>();

/** A build-wide unique, deterministic element id: "tip-eq-1", "tip-eq-2", … */
export function uniqueId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}

/** The anchor of a figure standing in for the review's Fig. n: "1a–c" → "fig-1a-c". */
export function figureId(n: string): string {
  return `fig-${n.replace(/[^0-9a-z]+/gi, "-").replace(/-$/, "").toLowerCase()}`;
}
