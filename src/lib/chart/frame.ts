/**
 * The frame of an x–y chart, laid out for the width it is drawn at: ticks that fit (ticks.ts), margins from the
 * longest tick label and the axis titles, titles wrapped onto as many lines as they need. The y title stands
 * above the plot, the x title under the tick labels at the right, both horizontal so they read on a phone.
 * `drawFrame` adds grid, ticks and text to an SVG whose marks were drawn on the same scales (Observable Plot,
 * given `left`, `right`, `top`, `bottom` as margins and the frame's domains).
 */
import { fitTicks, position, type AxisScale } from "./ticks";
import { extent, wrap } from "./labels";
import { setSvgText } from "./typeset";
import { SVG_NS, tenth } from "./svg";

export interface AxisSpec {
  scale: AxisScale;
  domain: [number, number];
  /** Extend the domain to round values. */
  nice?: boolean;
  /** Axis title; `_x` and `^x` mark scripts (typeset.ts). */
  label: string;
  format: (value: number) => string;
}

export interface FrameSpec {
  width: number;
  height: number;
  x: AxisSpec;
  y: AxisSpec;
  /** Type size of all chart text, px (scripts are smaller, see typeset.ts). */
  font: number;
  /** Least room right of the plot, px (for labels that stand beside its right edge). */
  right?: number;
  /** Space between the plot's edges and the ends of its domains, px, so marks at the ends stay whole. */
  inset?: number;
}

export interface Axis {
  domain: [number, number];
  ticks: number[];
  /** Position in the SVG of a value on this axis. */
  at: (value: number) => number;
  /** Title lines, already wrapped. */
  title: string[];
  format: (value: number) => string;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  font: number;
  /** Distance between the baselines of wrapped lines. */
  line: number;
  x: Axis;
  y: Axis;
}

export const TICK = 4;
const PAD = 3;

/** Lays out the frame; pure, so both the build and the browser get the same chart at the same width. */
export function layoutFrame(spec: FrameSpec): Frame {
  const { width, height, font } = spec;
  const inset = spec.inset ?? 0;
  const line = Math.round(font * 1.25);
  const label = (v: number, format: (v: number) => string) => extent(format(v), font);
  const yTitle = wrap(spec.y.label, width - 4, font);
  const xTitle = wrap(spec.x.label, width - 4, font);
  // The top tick label is centred on the plot's top edge: it must clear the title's last line, scripts included.
  const top = Math.ceil((yTitle.length - 1) * line + font * 1.9 + 2);
  const bottom = Math.ceil(TICK + PAD + font * 1.05 + 4 + xTitle.length * line);
  const plotHeight = height - top - bottom;
  const y = fitTicks({ ...spec.y, length: plotHeight - 2 * inset, size: () => font * 1.1, gap: 3 });
  let left = Math.ceil(Math.max(font, ...y.ticks.map((t) => label(t, spec.y.format).width)) + TICK + PAD + 1);
  let right = spec.right ?? 8;
  const xTicks = () => fitTicks({ ...spec.x, length: width - left - right - 2 * inset, size: (v) => label(v, spec.x.format).width, gap: 8 });
  let x = xTicks();
  const xAt = (v: number) => left + inset + position(spec.x.scale, x.domain, width - left - right - 2 * inset, v);
  // The first and last tick labels are centred on their ticks: make room where they would stick out.
  for (let i = 0; i < 3; i++) {
    const ends = x.ticks.length ? [x.ticks[0]!, x.ticks.at(-1)!] : [];
    const half = (t: number) => label(t, spec.x.format).width / 2;
    const moreLeft = Math.max(0, ...ends.map((t) => half(t) - xAt(t) + 1));
    const moreRight = Math.max(0, ...ends.map((t) => xAt(t) + half(t) - width + 1));
    if (!moreLeft && !moreRight) break;
    left += Math.ceil(moreLeft);
    right += Math.ceil(moreRight);
    x = xTicks();
  }
  // Whatever margins could not make room for (an axis too short for even its end labels) is left out.
  const fits = (t: number) => xAt(t) - label(t, spec.x.format).width / 2 >= 0 && xAt(t) + label(t, spec.x.format).width / 2 <= width;
  x = { ...x, ticks: x.ticks.filter(fits) };
  const yAt = (v: number) => height - bottom - inset - position(spec.y.scale, y.domain, plotHeight - 2 * inset, v);
  return {
    width, height, left, right, top, bottom, font, line,
    x: { ...x, at: xAt, title: xTitle, format: spec.x.format },
    y: { ...y, at: yAt, title: yTitle, format: spec.y.format },
  };
}


/** One SVG element with attributes, appended to `parent`. */
export function svgElement(parent: Element, tag: string, attrs: Record<string, string | number>): Element {
  const el = parent.ownerDocument.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent.append(el);
  return el;
}

/** A typeset text element at x, y (baseline). */
export function svgText(parent: Element, label: string, x: number, y: number, font: number, attrs: Record<string, string | number> = {}): Element {
  const text = svgElement(parent, "text", { x: tenth(x), y: tenth(y), ...attrs });
  setSvgText(text, label, font);
  return text;
}

/** Grid (behind the marks), ticks, tick labels and titles. */
export function drawFrame(svg: Element, f: Frame): void {
  const x0 = f.left;
  const x1 = f.width - f.right;
  const y0 = f.top;
  const y1 = f.height - f.bottom;
  const grid =
    f.x.ticks.map((t) => `M${tenth(f.x.at(t))},${y0}V${y1}`).join("") + f.y.ticks.map((t) => `M${x0},${tenth(f.y.at(t))}H${x1}`).join("");
  const gridPath = svgElement(svg, "path", { d: grid, stroke: "currentColor", "stroke-opacity": 0.1, fill: "none" });
  svg.insertBefore(gridPath, svg.firstChild);
  const ticks = f.x.ticks.map((t) => `M${tenth(f.x.at(t))},${y1}v${TICK}`).join("") + f.y.ticks.map((t) => `M${x0},${tenth(f.y.at(t))}h-${TICK}`).join("");
  svgElement(svg, "path", { d: ticks, stroke: "currentColor", fill: "none" });
  const g = svgElement(svg, "g", { "font-variant-numeric": "tabular-nums" });
  // One pixel lower than the tick's end, so the first x label clears the last y label at the corner.
  for (const t of f.x.ticks) svgText(g, f.x.format(t), f.x.at(t), y1 + TICK + PAD + 1 + f.font * 0.8, f.font);
  const gy = svgElement(g, "g", { "text-anchor": "end" });
  for (const t of f.y.ticks) svgText(gy, f.y.format(t), x0 - TICK - PAD, f.y.at(t) + f.font * 0.32, f.font);
  const titles = svgElement(svg, "g", { "text-anchor": "start" });
  // Titles keep 2 px from the edges: some glyphs (J, f) reach a pixel past their advance box.
  f.y.title.forEach((l, i) => svgText(titles, l, 2, i * f.line + f.font * 0.85, f.font));
  const xt = svgElement(svg, "g", { "text-anchor": "end" });
  const last = f.height - f.font * 0.3;
  f.x.title.forEach((l, i) => svgText(xt, l, f.width - 2, last - (f.x.title.length - 1 - i) * f.line, f.font));
}
