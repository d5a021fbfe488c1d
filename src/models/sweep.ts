import type { Scale } from "./types";

/** n evenly spaced values from `from` to `to`, evenly in the logarithm for a log scale. */
export function samples(from: number, to: number, n: number, scale: Scale): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0 : i / (n - 1);
    out.push(scale === "log" ? from * Math.pow(to / from, t) : from + (to - from) * t);
  }
  return out;
}

/** [x, f(x)] pairs for a chart series. */
export function curve(from: number, to: number, n: number, scale: Scale, f: (x: number) => number): [number, number][] {
  return samples(from, to, n, scale).map((x) => [x, f(x)]);
}
