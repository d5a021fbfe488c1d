/**
 * Where chart labels go. Each label offers candidate positions in order of preference; `place` takes the labels
 * in order and gives each the first candidate that stays inside the bounds and clear of the obstacles (dots,
 * bars) and of the labels placed before it. A label with no such candidate gets none: the caller shortens or
 * leaves it to the chart's description. Boxes are measured from the typeset label (text-width.ts), never longer
 * than the text on screen.
 */
import { runs, runsWidth, scriptSize } from "./typeset";
import { textWidth } from "./text-width";

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = "start" | "middle" | "end";

/** Extent of a one-line label around its baseline origin: width, and the ink's reach above and below. */
export interface Extent {
  width: number;
  ascent: number;
  descent: number;
}

/** Above and below the baseline, in em, that the letters of the chart fonts reach (with a hair to spare). */
const ASCENT = 0.8;
const DESCENT = 0.25;

/** The extent of a label set in `size` px, scripts included (they stand higher or lower than the line). */
export function extent(label: string, size: number, options?: { bold?: boolean }): Extent {
  const script = scriptSize(size);
  let width = 0;
  let ascent = ASCENT * size;
  let descent = DESCENT * size;
  for (const r of runs(label)) {
    const s = r.script ? script : size;
    width += textWidth(r.text, s, options);
    if (r.script === "sup") ascent = Math.max(ascent, Math.round(size * 0.4) + ASCENT * s);
    if (r.script === "sub") descent = Math.max(descent, Math.round(size * 0.3) + DESCENT * s);
  }
  return { width, ascent, descent };
}

/** The box of a label whose baseline starts (or is centred, or ends) at x, y. */
export function box(x: number, y: number, anchor: Anchor, e: Extent): Rect {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - e.width : x - e.width / 2;
  return { x0, y0: y - e.ascent, x1: x0 + e.width, y1: y + e.descent };
}

/** True when the two boxes come closer than `gap`. */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

export function inside(r: Rect, bounds: Rect): boolean {
  return r.x0 >= bounds.x0 && r.x1 <= bounds.x1 && r.y0 >= bounds.y0 && r.y1 <= bounds.y1;
}

export interface Placement {
  /** Everything a label must stay inside (usually the plotting frame, or the whole SVG). */
  bounds: Rect;
  /** What labels must never cover: points, reference lines; text placed earlier is added as it goes. */
  obstacles?: Rect[];
  /** What labels should rather not cover (the pieces of a curve): avoided when a candidate can, crossed when none can. */
  soft?: Rect[];
  /** Clear space around each label, px. */
  gap?: number;
}

/**
 * For each label (a list of candidates, each with its box), the first candidate that fits, or null.
 * Labels are placed in the order given, so put the ones that matter most first.
 */
export function place<C extends { rect: Rect }>(labels: readonly (readonly C[])[], { bounds, obstacles = [], soft = [], gap = 2 }: Placement): (C | null)[] {
  const taken = [...obstacles];
  const clear = (c: C, others: Rect[]) => inside(c.rect, bounds) && !others.some((t) => overlaps(c.rect, t, gap));
  return labels.map((candidates) => {
    const fit = candidates.find((c) => clear(c, taken) && clear(c, soft)) ?? candidates.find((c) => clear(c, taken));
    if (fit) taken.push(fit.rect);
    return fit ?? null;
  });
}

/** A polyline as small boxes along it, for `soft` obstacles: each covers at most `step` px of the line. */
export function polylineBoxes(points: readonly (readonly [number, number])[], step = 8): Rect[] {
  const out: Rect[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let k = 0; k < n; k++) {
      const [x0, y0] = [ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n];
      const [x1, y1] = [ax + ((bx - ax) * (k + 1)) / n, ay + ((by - ay) * (k + 1)) / n];
      out.push({ x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) });
    }
  }
  return out;
}

/**
 * Breaks a label into lines no wider than `max` px, between words, keeping a bracketed unit such as "(mA cm⁻²)"
 * together when it fits on a line; a word longer than a line keeps a line of its own.
 */
export function wrap(label: string, max: number, size: number): string[] {
  const lines: string[] = [];
  const groups = label.match(/\([^()]*\)\S*|\S+/g) ?? [];
  const words = groups.flatMap((g) => (runsWidth(g, size) > max ? g.split(" ") : [g]));
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && runsWidth(`${last} ${word}`, size) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
