/**
 * Draws a calculator's chart panels with Observable Plot. The same function runs at build time (with a
 * linkedom document, giving the static SVG a reader sees first) and in the browser (after the first change),
 * so the two cannot drift apart. Plot itself is passed in: the build imports it statically, the page lazily.
 */
import type * as PlotLib from "@observablehq/plot";
import type { BarPanel, ChartAxis, ChartPanel, LinePanel, SeriesStyle } from "../models/types";
import { formatNumber, formatTick } from "../lib/format";

/** The part of Plot the charts use; the browser loads only this (src/calculators/plot.ts), not the whole library. */
export type Plot = Pick<typeof PlotLib, "plot" | "line" | "dot" | "text" | "ruleX" | "ruleY" | "rect" | "barX">;

export interface ChartOptions {
  document: Document;
  /** Width in CSS pixels of the drawing; the SVG scales down with its container. */
  width: number;
}

/** Series colours come from CSS custom properties, so each theme sets its own readable palette. */
const COLOR: Record<SeriesStyle, string> = {
  main: "var(--chart-main)",
  alt: "var(--chart-alt)",
  ref: "var(--chart-ref)",
  ref2: "var(--chart-ref2)",
};
const HEIGHT = 280;
const HIDDEN = { ariaHidden: "true" } as const;

function usable(v: number, scale: ChartAxis["scale"]): boolean {
  return Number.isFinite(v) && (scale !== "log" || v > 0);
}

/** The axis domain: fixed if the panel says so, else spanning the drawable data, else a placeholder so the axes stay. */
export function domainOf(axis: ChartAxis, values: number[]): [number, number] {
  if (axis.domain) return axis.domain;
  const ok = values.filter((v) => usable(v, axis.scale));
  if (ok.length === 0) return axis.scale === "log" ? [1, 10] : [0, 1];
  let lo = Math.min(...ok);
  let hi = Math.max(...ok);
  if (lo === hi) {
    if (axis.scale === "log") [lo, hi] = [lo / 10, hi * 10];
    else [lo, hi] = lo === 0 ? [-1, 1] : [Math.min(0, lo * 2), Math.max(0, hi * 2)];
  }
  return [lo, hi];
}

/**
 * Ticks of a log axis: powers of ten only (at most eight), which reads well and keeps the SVG small enough to
 * redraw within a frame; a log axis spanning less than two decades keeps Plot's own ticks.
 */
export function logTicks([a, b]: [number, number]): number[] | undefined {
  const lo = Math.floor(Math.log10(Math.min(a, b)) + 1e-9);
  const hi = Math.ceil(Math.log10(Math.max(a, b)) - 1e-9);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi - lo < 2) return undefined;
  const step = Math.ceil((hi - lo + 1) / 8);
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += step) ticks.push(10 ** e);
  return ticks;
}

function scaleOptions(axis: ChartAxis, domain: [number, number]) {
  const ticks = axis.scale === "log" ? logTicks(domain) : undefined;
  return { type: axis.scale, domain, label: axis.label, tickFormat: formatTick, grid: true, nice: !axis.domain, ...(ticks ? { ticks } : {}) };
}

function lineMarks(Plot: Plot, p: LinePanel) {
  const inX = (v: number) => usable(v, p.x.scale);
  const inY = (v: number) => usable(v, p.y.scale);
  const series = p.series.map((s) => ({ ...s, data: s.data.filter(([x, y]) => inX(x) && inY(y)) }));
  const points = p.points.filter((pt) => inX(pt.x) && inY(pt.y));
  const xDomain = domainOf(p.x, series.flatMap((s) => s.data.map((d) => d[0])).concat(points.map((pt) => pt.x)));
  const yDomain = domainOf(p.y, series.flatMap((s) => s.data.map((d) => d[1])).concat(points.map((pt) => pt.y)));
  const within = (v: number, [a, b]: [number, number]) => v >= Math.min(a, b) && v <= Math.max(a, b);
  const bands = (p.bandsX ?? []).filter((b) => inX(b.from) && inX(b.to));
  const rulesX = (p.rulesX ?? []).filter((r) => inX(r.value) && within(r.value, xDomain));
  const rulesY = (p.rulesY ?? []).filter((r) => inY(r.value) && within(r.value, yDomain));
  const marks = [
    Plot.rect(bands, { x1: "from", x2: "to", fill: "var(--chart-band)", ...HIDDEN }),
    Plot.text(bands, { x: (b: { from: number; to: number }) => Math.sqrt(b.from * b.to), text: "label", frameAnchor: "bottom", dy: -6, fill: "var(--muted)", ...HIDDEN }),
    Plot.ruleX(rulesX, { x: "value", stroke: "var(--chart-rule)", strokeDasharray: "4,3", ...HIDDEN }),
    Plot.text(rulesX, { x: "value", text: "label", frameAnchor: "top", textAnchor: "start", dx: 4, dy: 6, fill: "var(--chart-rule)", ...HIDDEN }),
    Plot.ruleY(rulesY, { y: "value", stroke: "var(--chart-rule)", strokeDasharray: "4,3", ...HIDDEN }),
    Plot.text(rulesY, { y: "value", text: "label", frameAnchor: "right", textAnchor: "end", dy: -6, fill: "var(--chart-rule)", ...HIDDEN }),
    ...series.map((s) =>
      Plot.line(s.data, { x: "0", y: "1", stroke: COLOR[s.style], strokeWidth: s.style === "main" ? 2.5 : 1.75, strokeDasharray: s.dashed ? "6,4" : undefined, ...HIDDEN }),
    ),
    ...points.map((pt) => Plot.dot([pt], { x: "x", y: "y", r: 5.5, fill: COLOR[pt.style], stroke: "var(--bg)", strokeWidth: 1.5, ...HIDDEN })),
    ...(p.labelPoints ? [Plot.text(points, { x: "x", y: "y", text: "label", textAnchor: "start", dx: 9, fill: "currentColor", ...HIDDEN })] : []),
  ];
  return { marks, x: scaleOptions(p.x, xDomain), y: scaleOptions(p.y, yDomain) };
}

function barMarks(Plot: Plot, p: BarPanel) {
  const bars = p.bars.filter((b) => Number.isFinite(b.value));
  const [lo, hi] = domainOf(p.x, bars.map((b) => b.value).concat(0));
  const pad = (hi - lo) * 0.18; // room for the value labels beside the bars
  const xDomain: [number, number] = [lo < 0 ? lo - pad : lo, hi > 0 ? hi + pad : hi];
  const marks = [
    ...(["main", "alt", "ref", "ref2"] as const).map((style) =>
      Plot.barX(bars.filter((b) => b.style === style), { x: "value", y: "label", fill: COLOR[style], ...HIDDEN }),
    ),
    Plot.ruleX([0], { stroke: "currentColor", ...HIDDEN }),
    ...[true, false].map((positive) =>
      Plot.text(bars.filter((b) => b.value >= 0 === positive), {
        x: "value", y: "label", text: (b: { value: number }) => formatNumber(b.value),
        textAnchor: positive ? "start" : "end", dx: positive ? 4 : -4, fill: "currentColor", ...HIDDEN,
      }),
    ),
  ];
  return {
    marks,
    x: { ...scaleOptions(p.x, xDomain), nice: true },
    y: { domain: p.bars.map((b) => b.label), label: null },
  };
}

/** One panel as an SVG element with role="img" and the panel title as its name; marks are hidden from assistive technology. */
export function renderPanel(Plot: Plot, panel: ChartPanel, { document, width }: ChartOptions): SVGSVGElement {
  const spec = panel.kind === "line" ? lineMarks(Plot, panel) : barMarks(Plot, panel);
  const svg = Plot.plot({
    document,
    width,
    height: panel.kind === "bar" ? 40 + 34 * panel.bars.length : HEIGHT,
    marginLeft: panel.kind === "bar" ? 118 : 60,
    marginRight: panel.kind === "bar" ? 56 : 24,
    marginTop: 24,
    marginBottom: 40,
    style: { fontSize: "13px", fontFamily: "var(--font-ui)", overflow: "visible" },
    ...spec,
  }) as unknown as SVGSVGElement;
  // axe objects to aria-label on untyped <g>; the chart speaks through its own label and the outputs beside it.
  for (const el of svg.querySelectorAll("[aria-label]")) el.removeAttribute("aria-label");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", panel.title);
  return svg;
}

/** All panels with captions and legends, as one element to put in (or swap into) the calculator. */
export function renderChart(Plot: Plot, panels: ChartPanel[], options: ChartOptions): HTMLElement {
  const { document } = options;
  const el = (tag: string, cls?: string, text?: string) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const root = el("div", "calc-panels");
  for (const panel of panels) {
    const figure = el("figure", "calc-panel");
    figure.append(renderPanel(Plot, panel, options));
    const caption = el("figcaption");
    caption.append(el("span", "calc-panel-title", panel.title));
    const legend = el("ul", "calc-legend");
    if (panel.kind === "line") {
      for (const s of panel.series) {
        const li = el("li");
        li.append(el("span", `calc-swatch calc-swatch--${s.style}${s.dashed ? " calc-swatch--dashed" : ""}`));
        li.append(document.createTextNode(s.label));
        legend.append(li);
      }
      for (const pt of panel.labelPoints ? panel.points.filter((q) => q.style === "main") : panel.points) {
        const li = el("li");
        li.append(el("span", `calc-swatch calc-swatch--dot calc-swatch--${pt.style}`));
        li.append(document.createTextNode(pt.label));
        legend.append(li);
      }
    }
    if (legend.childNodes.length) caption.append(legend);
    figure.append(caption);
    root.append(figure);
  }
  return root;
}
