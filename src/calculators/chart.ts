/**
 * Draws a calculator's chart panels: Observable Plot draws the marks, lib/chart lays out the frame and places
 * the labels for the width the chart is drawn at. The same function runs at build time (with a linkedom
 * document; two widths, the stylesheet shows the one that fits) and in the browser (at the container's width),
 * so the two cannot drift apart. Plot itself is passed in: the build imports it statically, the page lazily.
 */
import type * as PlotLib from "@observablehq/plot";
import type { BarPanel, ChartAxis, ChartPanel, DatasetLayer, LinePanel, SeriesStyle } from "../models/types";
import { formatForInput, formatNumber, formatTick } from "../lib/format";
import { drawFrame, layoutFrame, svgElement, svgText, type Frame } from "../lib/chart/frame";
import { box, extent, place, polylineBoxes, wrap, type Anchor, type Rect } from "../lib/chart/labels";
import { fitTicks, position } from "../lib/chart/ticks";
import { leanSvg } from "../lib/chart/lean";
import { SVG_NS, tenth } from "../lib/chart/svg";
import { appendHtml, plain } from "../lib/chart/typeset";

/** The part of Plot the charts use; the browser loads only this (src/calculators/plot.ts), not the whole library. */
export type Plot = Pick<typeof PlotLib, "plot" | "line" | "dot" | "ruleX" | "ruleY" | "rect" | "areaY">;

export interface ChartOptions {
  document: Document;
  /** Width in CSS pixels of the drawing. */
  width: number;
  /** Point layers the page supplies, by the name a panel's `dataset` gives. */
  layers?: Readonly<Record<string, DatasetLayer>>;
}

/** What `renderChart` and `renderFigure` draw: one drawing per width (name → px), with the page's point layers. */
export interface ChartsOptions {
  document: Document;
  widths: Readonly<Record<string, number>>;
  layers?: Readonly<Record<string, DatasetLayer>>;
}

/**
 * The build draws each panel twice; the stylesheet shows the narrow drawing in a panel narrower than
 * `wide × WIDE_FROM` (global.css, `.calc-panel` container query), so neither is ever shown below 93 % of its size.
 */
export const BUILD_WIDTHS = { narrow: 250, wide: 520 } as const;

/** Series colours come from CSS custom properties, so each theme sets its own readable palette. */
const COLOR: Record<SeriesStyle, string> = {
  main: "var(--chart-main)",
  alt: "var(--chart-alt)",
  ref: "var(--chart-ref)",
  ref2: "var(--chart-ref2)",
};
/** Chart text, px: 13 px type stays above 12 px at the smallest scale a build drawing is shown at. */
const FONT = 13;
const DOT = 5.5;
/** A published point of a page's layer, and the ring that marks the reader's own point over such a layer. */
const LINKED_DOT = 4.5;
const RING = 8;
/** Shaded regions are see-through, so curves, rules and points under them stay readable in both themes. */
const AREA_OPACITY = 0.28;
/** Distance of a point's label from the point's centre. */
const OFFSET = DOT + 4;

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

/** Height of a line chart drawn `width` px wide: flatter when wide, never too flat to read on a phone. */
export function lineHeight(width: number): number {
  return Math.round(Math.min(320, Math.max(230, width * 0.55)));
}

/** A label shortened to its name ("NaF/C–F from PTFE, 20 µm" → "NaF/C–F from PTFE"), or undefined if it has no shorter form. */
export function shortLabel(label: string): string | undefined {
  const cut = label.search(/[,:;]\s| \(/);
  return cut > 0 ? label.slice(0, cut) : undefined;
}

interface Candidate {
  rect: Rect;
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
}

/** Candidates for one label: each position with the full text, then each with the short text if it has one. */
function candidates(label: string, positions: (e: ReturnType<typeof extent>) => { x: number; y: number; anchor: Anchor }[]): Candidate[] {
  const out: Candidate[] = [];
  for (const text of [label, shortLabel(label)]) {
    if (!text) continue;
    const e = extent(text, FONT);
    for (const p of positions(e)) out.push({ ...p, text, rect: box(p.x, p.y, p.anchor, e) });
  }
  return out;
}

function drawLabels(svg: Element, chosen: (Candidate | null)[], fill: string) {
  for (const c of chosen) if (c) svgText(svg, c.text, c.x, c.y, FONT, { fill, ...(c.anchor === "middle" ? {} : { "text-anchor": c.anchor }) });
}

type LinkedPoint = DatasetLayer["points"][number];
type MarkedPoint = LinePanel["points"][number];

/**
 * A line panel laid out for a width, nothing drawn yet: its drawable data, the frame, what falls inside the frame,
 * and where each label goes. Drawing a panel and moving its marked points (`moveMarks`) both start from it.
 */
interface LineLayout {
  width: number;
  /** The domains the frame was laid out for, before rounding them: the same domains give the same frame. */
  span: { x: [number, number]; y: [number, number] };
  f: Frame;
  series: LinePanel["series"];
  areas: NonNullable<LinePanel["areas"]>;
  bands: NonNullable<LinePanel["bandsX"]>;
  rulesX: NonNullable<LinePanel["rulesX"]>;
  rulesY: NonNullable<LinePanel["rulesY"]>;
  /** The marked points inside the frame. */
  shown: MarkedPoint[];
  /** The layer's points inside the frame, in the layer's group order. */
  linked: LinkedPoint[];
  /** The labels placed, by kind: the points' names, the rules', the bands'. */
  labels: { named: (Candidate | null)[]; rules: (Candidate | null)[]; bands: (Candidate | null)[] };
}

/**
 * Lays out a line panel. Given the layout of a drawing of the same panel at the same width, its frame is kept
 * (the same object) when the domains come out the same, so a caller can tell that only the marked points moved.
 */
function layoutLine(p: LinePanel, width: number, layer: DatasetLayer | undefined, before?: LineLayout): LineLayout {
  const inX = (v: number) => usable(v, p.x.scale);
  const inY = (v: number) => usable(v, p.y.scale);
  const series = p.series.map((s) => ({ ...s, data: s.data.filter(([x, y]) => inX(x) && inY(y)) }));
  const areas = (p.areas ?? []).map((a) => ({ ...a, data: a.data.filter(([x, y1, y2]) => inX(x) && inY(y1) && inY(y2)) }));
  const points = p.points.filter((pt) => inX(pt.x) && inY(pt.y));
  const dataset = (layer?.points ?? []).filter((pt) => inX(pt.x) && inY(pt.y));
  const xs = series.flatMap((s) => s.data.map((d) => d[0])).concat(areas.flatMap((a) => a.data.map((d) => d[0])), points.map((pt) => pt.x), dataset.map((pt) => pt.x));
  const ys = series.flatMap((s) => s.data.map((d) => d[1])).concat(areas.flatMap((a) => a.data.flatMap((d) => [d[1], d[2]])), points.map((pt) => pt.y), dataset.map((pt) => pt.y));
  const span = { x: domainOf(p.x, xs), y: domainOf(p.y, ys) };
  const same = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];
  const f =
    before && before.width === width && same(before.span.x, span.x) && same(before.span.y, span.y)
      ? before.f
      : layoutFrame({
          width,
          height: lineHeight(width),
          font: FONT,
          x: { ...p.x, domain: span.x, nice: !p.x.domain, format: formatTick },
          y: { ...p.y, domain: span.y, nice: !p.y.domain, format: formatTick },
        });
  const within = (v: number, [a, b]: [number, number]) => v >= Math.min(a, b) && v <= Math.max(a, b);
  const bands = (p.bandsX ?? []).filter((b) => inX(b.from) && inX(b.to));
  const rulesX = (p.rulesX ?? []).filter((r) => inX(r.value) && within(r.value, f.x.domain));
  const rulesY = (p.rulesY ?? []).filter((r) => inY(r.value) && within(r.value, f.y.domain));
  const shown = points.filter((pt) => within(pt.x, f.x.domain) && within(pt.y, f.y.domain));
  // In the layer's group order: each group is one mark with its own colour (a colour scale would cost every redraw
  // a pass of its own), and the links come out of Plot in this order.
  const linked = (layer?.groups ?? []).flatMap((g) => dataset.filter((pt) => pt.group === g.key && within(pt.x, f.x.domain) && within(pt.y, f.y.domain)));

  // Labels inside the plot, placed so none covers another or a point: the points' names first (the current
  // inputs' point is an obstacle, never labelled: the legend names it), then the rules', then the bands'.
  const frame: Rect = { x0: f.left, y0: f.top, x1: width - f.right, y1: f.height - f.bottom };
  const disc = (x: number, y: number, r: number): Rect => ({ x0: f.x.at(x) - r, y0: f.y.at(y) - r, x1: f.x.at(x) + r, y1: f.y.at(y) + r });
  // A label never covers a published point either: each is a link the reader may want to reach.
  const dots = [...shown.map((pt) => disc(pt.x, pt.y, layer ? RING : DOT)), ...linked.map((pt) => disc(pt.x, pt.y, LINKED_DOT))];
  const named = p.labelPoints ? shown.filter((pt) => pt.style !== "main") : [];
  // Rows for the labels of vertical lines: along the top of the plot, then along its bottom.
  const rows = (e: ReturnType<typeof extent>) => [
    ...[0, 1, 2].map((r) => frame.y0 + 3 + r * f.line + e.ascent),
    ...[0, 1].map((r) => frame.y1 - 3 - r * f.line - e.descent),
  ];
  // Places along a horizontal line for its label: the right end, the left end, then the middle of each stretch
  // between vertical lines.
  const stops = [frame.x0, ...rulesX.map((r) => f.x.at(r.value)).sort((a, b) => a - b), frame.x1];
  const gaps = stops.slice(1).map((x, i) => (x + stops[i]!) / 2);
  const labels = [
    ...named.map((pt) => {
      const x = f.x.at(pt.x);
      const y = f.y.at(pt.y);
      return candidates(pt.label, (e) => [
        { x: x + OFFSET, y: y + e.ascent / 2 - 1, anchor: "start" },
        { x: x - OFFSET, y: y + e.ascent / 2 - 1, anchor: "end" },
        { x, y: y - OFFSET - e.descent, anchor: "middle" },
        { x, y: y + OFFSET + e.ascent, anchor: "middle" },
        { x: x + OFFSET - 2, y: y - OFFSET + 2 - e.descent, anchor: "start" },
        { x: x + OFFSET - 2, y: y + OFFSET - 2 + e.ascent, anchor: "start" },
        { x: x - OFFSET + 2, y: y - OFFSET + 2 - e.descent, anchor: "end" },
        { x: x - OFFSET + 2, y: y + OFFSET - 2 + e.ascent, anchor: "end" },
      ]);
    }),
    ...rulesX.filter((r) => r.label).map((r) => {
      const x = f.x.at(r.value);
      return candidates(r.label, (e) => rows(e).flatMap((y) => [
        { x: x + 4, y, anchor: "start" as const },
        { x: x - 4, y, anchor: "end" as const },
      ]));
    }),
    ...rulesY.filter((r) => r.label).map((r) => {
      const y = f.y.at(r.value);
      return candidates(r.label, (e) =>
        [
          { x: frame.x1 - 3, anchor: "end" as const },
          { x: frame.x0 + 3, anchor: "start" as const },
          ...gaps.map((x) => ({ x, anchor: "middle" as const })),
        ].flatMap((at) => [
          { ...at, y: y - 4 - e.descent },
          { ...at, y: y + 4 + e.ascent },
        ]),
      );
    }),
    ...bands.map((b) => {
      const centre = (f.x.at(b.from) + f.x.at(b.to)) / 2;
      return candidates(b.label, (e) => {
        const x = Math.min(Math.max(centre, frame.x0 + 3 + e.width / 2), frame.x1 - 3 - e.width / 2);
        return [
          { x, y: frame.y1 - 4 - e.descent, anchor: "middle" },
          { x, y: frame.y0 + 3 + e.ascent, anchor: "middle" },
        ];
      });
    }),
  ];
  // Reference lines are obstacles too, so a label never crosses another line and seems to name it; curves are
  // avoided where a candidate can.
  const lines = [
    ...rulesX.map((r) => ({ x0: f.x.at(r.value) - 1, y0: frame.y0, x1: f.x.at(r.value) + 1, y1: frame.y1 })),
    ...rulesY.map((r) => ({ x0: frame.x0, y0: f.y.at(r.value) - 1, x1: frame.x1, y1: f.y.at(r.value) + 1 })),
  ];
  const curves = series.flatMap((s) => polylineBoxes(s.data.map(([x, y]) => [f.x.at(x), f.y.at(y)] as const)));
  const chosen = place(labels, { bounds: frame, obstacles: [...dots, ...lines], soft: curves, gap: 2 });
  return {
    width, span, f, series, areas, bands, rulesX, rulesY, shown, linked,
    labels: { named: chosen.slice(0, named.length), rules: chosen.slice(named.length, labels.length - bands.length), bands: chosen.slice(labels.length - bands.length) },
  };
}

/**
 * The marked points (the current inputs), as one group: dots, or rings over a layer of published points so neither
 * hides the other. Each carries its values (`data-x`, `data-y`, in the axes' units). Both a full drawing and
 * `moveMarks` draw them here, so the two cannot differ.
 */
function marksGroup(document: Document, l: LineLayout, layer: DatasetLayer | undefined): Element {
  const g = document.createElementNS(SVG_NS, "g");
  g.setAttribute("class", "calc-marks");
  for (const pt of l.shown) {
    const at = { cx: tenth(l.f.x.at(pt.x)), cy: tenth(l.f.y.at(pt.y)), "data-x": formatForInput(pt.x), "data-y": formatForInput(pt.y) };
    svgElement(g, "circle", layer
      ? { ...at, r: RING, fill: "none", stroke: COLOR[pt.style], "stroke-width": 3 }
      : { ...at, r: DOT, fill: COLOR[pt.style], stroke: "var(--bg)", "stroke-width": 1.5 });
  }
  return g;
}

/** What a drawing of a line panel was drawn from, so that `moveMarks` can tell what changed since. */
interface LineDrawing {
  key: string;
  layer: DatasetLayer | undefined;
  layout: LineLayout;
  marks: Element;
}
const drawings = new WeakMap<Element, LineDrawing>();

/**
 * What identifies a line panel's drawing apart from where its marked points are: the panel with each point's
 * position left out (its label and style stay: the legend shows them). Two panels with the same key differ at
 * most in their points' x and y.
 */
export function baseKey(panel: LinePanel): string {
  return JSON.stringify({ ...panel, points: panel.points.map(({ label, style }) => ({ label, style })) });
}

/** The labels of a layout as placed (text, position, anchor), to compare two layouts by. */
function labelsKey(l: LineLayout): string {
  return JSON.stringify([l.labels.named, l.labels.rules, l.labels.bands].map((ls) => ls.map((c) => c && [c.text, c.x, c.y, c.anchor])));
}

function linePanel(Plot: Plot, p: LinePanel, document: Document, width: number, layer: DatasetLayer | undefined): { svg: SVGSVGElement; linked: LinkedPoint[] } {
  const l = layoutLine(p, width, layer);
  const { f, linked } = l;
  const marks = [
    ...l.areas.map((a) => Plot.areaY(a.data, { x: "0", y1: "1", y2: "2", fill: COLOR[a.style], fillOpacity: AREA_OPACITY, clip: true })),
    Plot.rect(l.bands, { x1: "from", x2: "to", fill: "var(--chart-band)" }),
    Plot.ruleX(l.rulesX, { x: "value", stroke: "var(--chart-rule)", strokeDasharray: "4,3" }),
    Plot.ruleY(l.rulesY, { y: "value", stroke: "var(--chart-rule)", strokeDasharray: "4,3" }),
    ...l.series.map((s) =>
      Plot.line(s.data, { x: "0", y: "1", stroke: COLOR[s.style], strokeWidth: s.style === "main" ? 2.5 : 1.75, strokeDasharray: s.dashed ? "6,4" : undefined }),
    ),
    // Published points are links (to their records), so they stay in the accessibility tree.
    ...(layer?.groups ?? []).map((g) =>
      Plot.dot(linked.filter((pt) => pt.group === g.key), { x: "x", y: "y", r: LINKED_DOT, fill: g.colour, stroke: "var(--bg)", strokeWidth: 1, href: "href" }),
    ),
  ];
  // A mark with nothing to draw still costs Plot a pass; leaving it out keeps a many-panel redraw within a frame.
  const drawn = marks.filter((m) => (m as unknown as { data?: ArrayLike<unknown> }).data?.length !== 0);
  const svg = Plot.plot({
    document,
    width,
    height: f.height,
    marginLeft: f.left,
    marginRight: f.right,
    marginTop: f.top,
    marginBottom: f.bottom,
    x: { type: p.x.scale, domain: f.x.domain, axis: null },
    y: { type: p.y.scale, domain: f.y.domain, axis: null },
    marks: drawn,
  }) as unknown as SVGSVGElement;
  // The reader's points over every mark Plot drew.
  const group = marksGroup(document, l, layer);
  svg.append(group);
  drawFrame(svg, f);
  drawLabels(svg, l.labels.named, "currentColor");
  drawLabels(svg, l.labels.rules, "var(--chart-rule)");
  drawLabels(svg, l.labels.bands, "var(--muted)");
  drawings.set(svg, { key: baseKey(p), layer, layout: l, marks: group });
  return { svg, linked };
}

/** Horizontal bars, one per row, with the value beside each bar's end and the row names at the left. */
function barPanel(Plot: Plot, p: BarPanel, document: Document, width: number): SVGSVGElement {
  const bars = p.bars.filter((b) => Number.isFinite(b.value));
  const line = Math.round(FONT * 1.25);
  // Row names take at most two fifths of the width, on two lines if they must.
  const names = p.bars.map((b) => wrap(b.label, width * 0.4, FONT));
  const rowH = names.some((n) => n.length > 1) ? 2 * line + 6 : 28;
  const left = Math.ceil(Math.max(...names.flat().map((n) => extent(n, FONT).width)) + 8);
  const right = 6;
  const xTitle = wrap(p.x.label, width - 4, FONT);
  const top = 6;
  const bottom = Math.ceil(4 + 3 + FONT * 1.05 + 4 + xTitle.length * line);
  const height = top + rowH * names.length + bottom;
  const plotW = width - left - right;
  const valueText = (v: number) => formatNumber(v);
  // Widen the domain until every value label fits beside its bar, inside the plot.
  let [lo, hi] = domainOf(p.x, bars.map((b) => b.value).concat(0));
  for (let i = 0; i < 6; i++) {
    const span = hi - lo;
    const room = (b: { value: number }) => 4 + extent(valueText(b.value), FONT).width + 2;
    const needHi = Math.max(0, ...bars.filter((b) => b.value >= 0).map((b) => ((b.value - lo) / span) * plotW + room(b) - plotW));
    const needLo = Math.max(0, ...bars.filter((b) => b.value < 0).map((b) => room(b) - ((b.value - lo) / span) * plotW));
    if (needHi < 0.5 && needLo < 0.5) break;
    const grow = (needHi + needLo) / Math.max(1, plotW - needHi - needLo);
    hi += (needHi ? span * grow * (needHi / (needHi + needLo)) : 0) + 1e-9 * span;
    lo -= needLo ? span * grow * (needLo / (needHi + needLo)) : 0;
  }
  const ticks = fitTicks({ scale: "linear", domain: [lo, hi], length: plotW, size: (v) => extent(formatTick(v), FONT).width, gap: 8 });
  const domain = ticks.domain;
  const at = (v: number) => left + position("linear", domain, plotW, v);
  // Tick labels are centred on their ticks: leave out one at an end that would stick out of the chart.
  const inside = (v: number) => at(v) - extent(formatTick(v), FONT).width / 2 >= 0 && at(v) + extent(formatTick(v), FONT).width / 2 <= width;
  const frame: Frame = {
    width, height, left, right, top, bottom, font: FONT, line,
    x: { domain, ticks: ticks.ticks.filter(inside), at, title: xTitle, format: formatTick },
    y: { domain: [names.length, 0], ticks: [], at: (i) => top + i * rowH, title: [], format: String },
  };
  const index = (b: { label: string }) => p.bars.findIndex((q) => q.label === b.label);
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: left,
    marginRight: right,
    marginTop: top,
    marginBottom: bottom,
    x: { type: "linear", domain, axis: null },
    y: { type: "linear", domain: [names.length, 0], axis: null },
    marks: [
      ...(["main", "alt", "ref", "ref2"] as const).map((style) =>
        Plot.rect(bars.filter((b) => b.style === style), { x1: 0, x2: "value", y1: (b: { label: string }) => index(b) + 0.2, y2: (b: { label: string }) => index(b) + 0.8, fill: COLOR[style] }),
      ),
      Plot.ruleX([0], { stroke: "currentColor" }),
    ],
  }) as unknown as SVGSVGElement;
  drawFrame(svg, frame);
  const rowY = (i: number) => top + (i + 0.5) * rowH + FONT * 0.32;
  const rowNames = svgElement(svg, "g", { "text-anchor": "end" });
  names.forEach((lines, i) => lines.forEach((l, k) => svgText(rowNames, l, left - 6, rowY(i) + (k - (lines.length - 1) / 2) * line, FONT)));
  for (const b of bars) {
    const positive = b.value >= 0;
    svgText(svg, valueText(b.value), at(b.value) + (positive ? 4 : -4), rowY(index(b)), FONT, { "text-anchor": positive ? "start" : "end" });
  }
  return svg;
}

/** The page-supplied layer a panel asks for, if the page supplied it. */
function layerOf(panel: ChartPanel, layers: ChartOptions["layers"]): DatasetLayer | undefined {
  return panel.kind === "line" && panel.dataset ? layers?.[panel.dataset] : undefined;
}

/**
 * One panel as an SVG element named by the panel title. A panel with a point layer is a group of links (one per
 * point, named by its label), otherwise an image.
 */
export function renderPanel(Plot: Plot, panel: ChartPanel, { document, width, layers }: ChartOptions): SVGSVGElement {
  const layer = layerOf(panel, layers);
  const { svg, linked } = panel.kind === "line" ? linePanel(Plot, panel, document, width, layer) : { svg: barPanel(Plot, panel, document, width), linked: [] };
  // axe objects to aria-label on untyped <g>; the chart speaks through its own name and the caption beside it.
  for (const el of svg.querySelectorAll("[aria-label]")) el.removeAttribute("aria-label");
  svg.removeAttribute("aria-description");
  leanSvg(svg, FONT);
  svg.setAttribute("class", "calc-svg");
  svg.setAttribute("role", layer ? "group" : "img");
  svg.setAttribute("aria-label", layer ? `${plain(panel.title)}. ${linked.length} ${layer.subject}, each a link.` : plain(panel.title));
  // Plot draws one link per point, in data order.
  svg.querySelectorAll("a").forEach((a, i) => {
    const pt = linked[i];
    if (!pt) return;
    a.setAttribute("href", pt.href);
    a.setAttribute("aria-label", pt.label);
    a.setAttribute("data-label", pt.label);
  });
  return svg;
}

/**
 * Legend entries: every region, series, point, reference line and band, with its full label, then the colour
 * groups of the page's point layer that have points.
 */
function legend(document: Document, panel: ChartPanel, layer: DatasetLayer | undefined): HTMLElement | undefined {
  if (panel.kind !== "line") return undefined;
  const ul = document.createElement("ul");
  ul.className = "calc-legend";
  const item = (swatch: Element, label: string) => {
    const li = document.createElement("li");
    // The label in a span of its own: the item is a flex row, and a script set as <sub> would be an item of its own.
    const text = document.createElement("span");
    appendHtml(text, label);
    li.append(swatch, text);
    ul.append(li);
  };
  const span = (cls: string) => {
    const el = document.createElement("span");
    el.className = `calc-swatch ${cls}`;
    return el;
  };
  for (const a of panel.areas ?? []) item(span(`calc-swatch--area calc-swatch--${a.style}`), a.label);
  for (const s of panel.series) item(span(`calc-swatch--${s.style}${s.dashed ? " calc-swatch--dashed" : ""}`), s.label);
  for (const pt of panel.points) item(span(`calc-swatch--${layer ? "ring" : "dot"} calc-swatch--${pt.style}`), pt.label);
  for (const r of [...(panel.rulesX ?? []), ...(panel.rulesY ?? [])]) if (r.label) item(span("calc-swatch--rule"), r.label);
  for (const b of panel.bandsX ?? []) item(span("calc-swatch--band"), b.label);
  for (const g of layer?.groups ?? []) {
    if (!layer!.points.some((pt) => pt.group === g.key)) continue;
    // An SVG dot: its fill is an attribute, which a strict style policy allows and linkedom writes out.
    const swatch = document.createElementNS(SVG_NS, "svg");
    const dot = document.createElementNS(SVG_NS, "circle");
    for (const [k, v] of Object.entries({ viewBox: "0 0 12 12", width: "12", height: "12", "aria-hidden": "true" })) swatch.setAttribute(k, v);
    for (const [k, v] of Object.entries({ cx: "6", cy: "6", r: "5", fill: g.colour })) dot.setAttribute(k, v);
    swatch.append(dot);
    item(swatch, g.label);
  }
  return ul.childNodes.length ? ul : undefined;
}

/**
 * One panel with its caption and legend, as a figure: one drawing per width, each classed `calc-svg--<name>`
 * when there are several. The browser swaps a single figure when only its panel changed.
 */
export function renderFigure(Plot: Plot, panel: ChartPanel, { document, widths, layers }: ChartsOptions): HTMLElement {
  const el = (tag: string, cls: string) => {
    const e = document.createElement(tag);
    e.className = cls;
    return e;
  };
  const sizes = Object.entries(widths);
  const figure = el("figure", "calc-panel");
  for (const [name, width] of sizes) {
    const svg = renderPanel(Plot, panel, { document, width, layers });
    if (sizes.length > 1) svg.classList.add(`calc-svg--${name}`);
    figure.append(svg);
  }
  const caption = document.createElement("figcaption");
  const title = el("span", "calc-panel-title");
  appendHtml(title, panel.title);
  caption.append(title);
  const layer = layerOf(panel, layers);
  if (layer?.note) {
    const note = el("span", "calc-panel-note");
    note.textContent = layer.note;
    caption.append(note);
  }
  const items = legend(document, panel, layer);
  if (items) caption.append(items);
  figure.append(caption);
  return figure;
}

/**
 * Moves the marked points of a figure that `renderFigure` drew to where `panel` puts them, when nothing else about
 * its drawings would change: the panel differs from the one drawn only in its points' positions, at the same
 * widths with the same layer, and the new points leave the domains and every label where they were. Then the
 * points are drawn again (as a full drawing draws them) and the rest of the figure stays; otherwise nothing is
 * touched and the answer is false: the figure must be drawn anew.
 */
export function moveMarks(figure: Element, panel: ChartPanel, { document, widths, layers }: ChartsOptions): boolean {
  if (panel.kind !== "line") return false;
  const layer = layerOf(panel, layers);
  const key = baseKey(panel);
  const svgs = [...figure.querySelectorAll("svg.calc-svg")];
  const sizes = Object.values(widths);
  if (svgs.length !== sizes.length) return false;
  const moves: { svg: Element; was: LineDrawing; layout: LineLayout }[] = [];
  for (const [i, svg] of svgs.entries()) {
    const was = drawings.get(svg);
    if (!was || was.key !== key || was.layer !== layer || was.layout.width !== sizes[i]) return false;
    const layout = layoutLine(panel, was.layout.width, layer, was.layout);
    if (layout.f !== was.layout.f || labelsKey(layout) !== labelsKey(was.layout)) return false;
    moves.push({ svg, was, layout });
  }
  for (const { svg, was, layout } of moves) {
    const marks = marksGroup(document, layout, layer);
    was.marks.replaceWith(marks);
    drawings.set(svg, { ...was, layout, marks });
  }
  return true;
}

/** All panels with captions and legends, as one element to put in (or swap into) the calculator. */
export function renderChart(Plot: Plot, panels: ChartPanel[], options: ChartsOptions): HTMLElement {
  const root = options.document.createElement("div");
  root.className = "calc-panels";
  for (const panel of panels) root.append(renderFigure(Plot, panel, options));
  return root;
}
