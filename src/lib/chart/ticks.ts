/**
 * Axis ticks that fit: as many round values as the axis has room for, with each label's measured size, so
 * tick labels never touch. Linear axes use d3's nice steps (1, 2, 5 × 10ⁿ); log axes use powers of ten, every
 * second or third one when room is short, or 1-2-5 steps within a span of less than two decades.
 */
import { nice as niceDomain, ticks as linearTicks } from "d3-array";

export type AxisScale = "linear" | "log";

export interface TickRequest {
  scale: AxisScale;
  domain: [number, number];
  /** Extend the domain to round values (the first and last tick). */
  nice?: boolean;
  /** Axis length, px. */
  length: number;
  /** Room a label takes along the axis, px: its width on a horizontal axis, its height on a vertical one. */
  size: (value: number) => number;
  /** Clear space between neighbouring labels, px. */
  gap?: number;
}

export interface Ticks {
  domain: [number, number];
  ticks: number[];
}

/** Position of `v` along an axis of `length` px spanning `domain` (0 at the domain's first value). */
export function position(scale: AxisScale, [a, b]: [number, number], length: number, v: number): number {
  const t = scale === "log" ? Math.log(v / a) / Math.log(b / a) : (v - a) / (b - a);
  return t * length;
}

function fits(req: TickRequest, domain: [number, number], ticks: number[]): boolean {
  const gap = req.gap ?? 6;
  for (let i = 1; i < ticks.length; i++) {
    const d = Math.abs(position(req.scale, domain, req.length, ticks[i]!) - position(req.scale, domain, req.length, ticks[i - 1]!));
    if (d < (req.size(ticks[i]!) + req.size(ticks[i - 1]!)) / 2 + gap) return false;
  }
  return true;
}

function within([a, b]: [number, number], v: number): boolean {
  const eps = Math.abs(b - a) * 1e-9;
  return v >= Math.min(a, b) - eps && v <= Math.max(a, b) + eps;
}

function logCandidates([a, b]: [number, number]): number[][] {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const e0 = Math.floor(Math.log10(lo) + 1e-9);
  const e1 = Math.ceil(Math.log10(hi) - 1e-9);
  const decades = (mantissas: number[], step = 1) => {
    const out: number[] = [];
    for (let e = e0; e <= e1; e++) {
      if ((e - e0) % step) continue;
      for (const m of mantissas) {
        const v = m * 10 ** e;
        if (within([lo, hi], v)) out.push(Number(v.toPrecision(12)));
      }
    }
    return out;
  };
  const sets = e1 - e0 <= 2 ? [decades([1, 2, 5]), decades([1, 3]), decades([1])] : [decades([1])];
  for (let step = 2; step <= Math.max(2, e1 - e0); step++) sets.push(decades([1], step));
  return sets.filter((s) => s.length > 0);
}

/** The domain (extended to round values if asked) and the most ticks whose labels fit, at least the two ends' worth. */
export function fitTicks(req: TickRequest): Ticks {
  const [a, b] = req.domain;
  if (req.scale === "log") {
    const domain: [number, number] = req.nice ? [10 ** Math.floor(Math.log10(a) + 1e-9), 10 ** Math.ceil(Math.log10(b) - 1e-9)] : [a, b];
    if (domain[0] === domain[1]) domain[1] = domain[0] * 10;
    const sets = logCandidates(domain);
    const fit = sets.find((t) => fits(req, domain, t));
    return { domain, ticks: fit ?? sets.at(-1)?.slice(0, 1) ?? [] };
  }
  const longest = Math.max(1, Math.floor(req.length / 30));
  let last: Ticks | undefined;
  for (let count = longest; count >= 1; count--) {
    const domain = (req.nice ? niceDomain(a, b, count) : [a, b]) as [number, number];
    const ticks = linearTicks(domain[0], domain[1], count).filter((v) => within(domain, v));
    last = { domain, ticks };
    if (ticks.length >= 2 && fits(req, domain, ticks)) return last;
  }
  return { domain: last!.domain, ticks: last!.ticks.slice(0, 1) };
}
