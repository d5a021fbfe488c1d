const counters = new Map<string, number>();

/** A build-wide unique, deterministic element id: "tip-eq-1", "tip-eq-2", … */
export function uniqueId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}
