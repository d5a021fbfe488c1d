/**
 * The interphase chart: current density (x, log) against lifetime, cumulative plated capacity or areal
 * capacity (y, log), one point per test result, colour by class, symbol by cell type, a ring for a test in the
 * fast-charging window (dashed: fast current, capacity not printed; see `fastStatus`), and a rule at the
 * review's 2 mA cm⁻² fast-charging threshold. One spec for the build (static SVG through linkedom's
 * `document`) and the browser (redrawn on every filter change, points as links to table rows).
 */
import * as Plot from "@observablehq/plot";
import { REVIEW } from "../consts";
import type { ChartView, ViewRecord } from "./view";
import { FAST_DESCRIPTIONS, type FastStatus } from "./derived";
import { formatTick } from "../lib/format";
import { UNITS } from "../lib/units";
import { drawFrame, layoutFrame, svgText } from "../lib/chart/frame";
import { box, extent, place, type Anchor, type Rect } from "../lib/chart/labels";
import { leanSvg } from "../lib/chart/lean";
import { SVG_NS } from "../lib/chart/svg";

/**
 * The build draws the chart at a phone's width and at a column's; the stylesheet shows the wide one in a box at
 * least 500 px wide (global.css, `.ipx-plot` container query), so neither is shown below 78 % of its size —
 * with 13 px type on the wide drawing, still above 10 px. The browser draws at the box's own width.
 */
export const BUILD_WIDTHS = { narrow: 270, wide: 640 } as const;

/** Type size and height for a drawing `width` px wide. */
function size(width: number) {
  return { font: width < 420 ? 12 : 13, height: Math.round(Math.min(400, Math.max(320, width * 0.62))) };
}
const THRESHOLD = REVIEW.fastChargingThreshold_mAcm2;
/** Lower end of the review's areal-capacity window, mAh cm⁻² (opening of section 4). */
const CAPACITY_WINDOW = 0.5;

/** Colours come from the stylesheet, so the chart follows the light and dark themes. */
export const CLASS_COLOURS: Record<string, string> = {
  inorganic: "var(--c-inorganic)",
  organic: "var(--c-organic)",
  hybrid: "var(--c-hybrid)",
  baseline: "var(--muted)",
};
/** Rings around the points of fast tests: stroke dash pattern per status (drawn again in the HTML legend). */
export const FAST_RINGS: Partial<Record<FastStatus, string>> = { yes: "none", "current-only": "2,2" };
/** Plot symbol names per cell type (drawn again in the HTML legend). */
export const CELL_SYMBOLS: Record<string, string> = { symmetric: "circle", half: "triangle", full: "square", asymmetric: "diamond" };

/** Axis titles and what each view plots. */
export const VIEW_LABELS: Record<ChartView, { y: string; short: string }> = {
  lifetime: { y: "Lifetime (h)", short: "lifetime" },
  cumulative: { y: `Cumulative plated capacity (${UNITS.mAh_cm2.label})`, short: "cumulative plated capacity" },
  capacity: { y: `Areal capacity (${UNITS.mAh_cm2.label})`, short: "areal capacity" },
};
const X_LABEL = `Current density (${UNITS.mA_cm2.label})`;

/** One plotted test result. */
export interface ChartPoint {
  id: string;
  test: number;
  class: string;
  cell: string;
  /** Centre of the current density on the log axis; `x1`–`x2` span a printed range. */
  x: number;
  x1: number;
  x2: number;
  y: number;
  /** "Name: Na‖Na symmetric, 2 mA cm⁻², 3 mAh cm⁻², ~4500 h", for the link's name and the tooltip. */
  label: string;
  /** Against the fast-charging window (see `fastStatus`). */
  fast: FastStatus;
  highlight: boolean;
}

export type ChartDomains = Record<"x" | ChartView, [number, number]>;

const centre = (span: [number, number]) => Math.sqrt(span[0] * span[1]);

function yOf(t: ViewRecord["tests"][number], view: ChartView): number | undefined {
  if (view === "lifetime") return t.life?.unit === "h" ? t.life.value : undefined;
  if (view === "cumulative") return t.cumulative;
  return t.q && centre(t.q);
}

/** The plottable test results of `records` for a view; `shown` limits them to the tests a filter lets through. */
export function chartPoints(
  records: readonly ViewRecord[],
  view: ChartView,
  { shown, highlight }: { shown?: ReadonlyMap<string, readonly boolean[]>; highlight?: string } = {},
): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const r of records) {
    const mask = shown?.get(r.id);
    if (shown && !mask) continue;
    for (const t of r.tests) {
      if (mask && !mask[t.index]) continue;
      const y = yOf(t, view);
      if (!t.j || y === undefined) continue;
      const figures = [
        t.text.cell,
        `${t.text.j} ${UNITS.mA_cm2.label}`,
        t.text.q && `${t.text.q} ${UNITS.mAh_cm2.label}`,
        t.text.life,
        view === "cumulative" && `${t.text.cumulative} ${UNITS.mAh_cm2.label} plated`,
        t.fast !== "no" && FAST_DESCRIPTIONS[t.fast],
      ].filter(Boolean);
      points.push({
        id: r.id,
        test: t.index,
        class: r.class,
        cell: t.cell,
        x: centre(t.j),
        x1: t.j[0],
        x2: t.j[1],
        y,
        label: `${r.name}: ${figures.join(", ")}`,
        fast: t.fast,
        highlight: r.id === highlight,
      });
    }
  }
  return points;
}

/** Fixed axis domains from the whole dataset, so points keep their place while filters change. */
export function chartDomains(records: readonly ViewRecord[]): ChartDomains {
  const pad = (values: number[]): [number, number] => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return [10 ** (Math.floor(Math.log10(lo) * 2) / 2), 10 ** (Math.ceil(Math.log10(hi) * 2) / 2)];
  };
  const tests = records.flatMap((r) => r.tests);
  const of = (view: ChartView) => tests.map((t) => (t.j ? yOf(t, view) : undefined)).filter((v): v is number => v !== undefined);
  return {
    x: pad([...tests.flatMap((t) => t.j ?? []), THRESHOLD]),
    lifetime: pad(of("lifetime")),
    cumulative: pad(of("cumulative")),
    capacity: pad([...of("capacity"), CAPACITY_WINDOW]),
  };
}

export interface ChartOptions {
  view: ChartView;
  domains: ChartDomains;
  /** Make every point a link to its table row (`#ipx-<id>-t<index>`); the browser chart does. */
  links?: boolean;
  /** What the chart shows, for its accessible name (e.g. "32 interphases"). */
  subject: string;
  /** Width of the drawing in CSS px; default the wide build drawing's. */
  width?: number;
  /** A record page: its points stand out and all others are grey, even when it has none to show. */
  highlight?: string;
  /**
   * "points" draws only the points (and range bars) on the same scales, without axes, grid or rules, for the
   * browser to swap into a chart already on screen: axes never change, as the domains are fixed.
   */
  layer?: "all" | "points";
}

/** Draws the chart with `document` (the browser's, or linkedom's at build time) and returns its SVG element. */
export function chartSvg(points: readonly ChartPoint[], options: ChartOptions, document: Document): SVGSVGElement {
  const { view, domains, links = false } = options;
  const width = options.width ?? BUILD_WIDTHS.wide;
  const { font, height } = size(width);
  const hidden = links ? "true" : undefined;
  const highlighting = options.highlight !== undefined || points.some((p) => p.highlight);
  const base = highlighting ? points.filter((p) => !p.highlight) : points;
  const front = highlighting ? points.filter((p) => p.highlight) : [];
  const ranged = points.filter((p) => p.x1 !== p.x2);
  const symbol = { domain: Object.keys(CELL_SYMBOLS), range: Object.values(CELL_SYMBOLS) };
  const dotOptions = {
    x: "x",
    y: "y",
    symbol: "cell",
    r: 5,
    stroke: "var(--bg)",
    strokeWidth: 1,
  } as const;
  const pointsOnly = options.layer === "points";
  const f = layoutFrame({
    width,
    height,
    font,
    inset: 10,
    x: { scale: "log", domain: domains.x, label: X_LABEL, format: formatTick },
    y: { scale: "log", domain: domains[view], label: VIEW_LABELS[view].y, format: formatTick },
  });
  const marks: Plot.Markish[] = pointsOnly ? [] : [Plot.ruleX([THRESHOLD], { stroke: "currentColor", strokeDasharray: "5,4", strokeOpacity: 0.8, ariaHidden: hidden })];
  marks.push(Plot.link(ranged, { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: (p: ChartPoint) => p.class, strokeWidth: 2, className: "ipx-ranges", ariaHidden: hidden }));
  if (view === "capacity" && !pointsOnly) {
    marks.push(Plot.ruleY([CAPACITY_WINDOW], { stroke: "currentColor", strokeDasharray: "2,3", strokeOpacity: 0.6, ariaHidden: hidden }));
  }
  // Rings go under the dots; on a record page only the record's own points carry them.
  const ringed = highlighting ? front : base;
  for (const [status, dash] of Object.entries(FAST_RINGS)) {
    marks.push(
      Plot.dot(ringed.filter((p) => p.fast === status), {
        x: "x", y: "y", symbol: "cell", r: highlighting ? 12 : 8.5, fill: "none", stroke: "currentColor", strokeWidth: 1.5,
        strokeDasharray: dash, className: `ipx-ring-${status}`, ariaHidden: hidden,
      }),
    );
  }
  if (highlighting) {
    marks.push(
      Plot.dot(base, { ...dotOptions, fill: "currentColor", fillOpacity: 0.22, stroke: "none", ariaHidden: hidden }),
      Plot.dot(front, { ...dotOptions, fill: "class", r: 8, stroke: "currentColor", strokeWidth: 2, ariaHidden: hidden }),
    );
  } else {
    marks.push(
      Plot.dot(base, {
        ...dotOptions,
        fill: "class",
        className: "ipx-dots",
        ...(links ? { href: (p: ChartPoint) => `#ipx-${p.id}-t${p.test}` } : { ariaHidden: hidden }),
      }),
    );
  }
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: f.left,
    marginRight: f.right,
    marginTop: f.top,
    marginBottom: f.bottom,
    x: { type: "log", domain: f.x.domain, inset: 10, axis: null },
    y: { type: "log", domain: f.y.domain, inset: 10, axis: null },
    color: { domain: Object.keys(CLASS_COLOURS), range: Object.values(CLASS_COLOURS) },
    symbol,
    marks,
  }) as unknown as SVGSVGElement;

  if (!pointsOnly) {
    drawFrame(svg, f);
    // The rules' labels stand inside the plot, clear of each other: the threshold's beside its line at the top,
    // the capacity window's above its line at the right.
    const frame: Rect = { x0: f.left, y0: f.top, x1: width - f.right, y1: height - f.bottom };
    const label = (text: string, spots: { x: number; y: number; anchor: Anchor }[]) => {
      const e = extent(text, font);
      return spots.map((s) => ({ ...s, text, rect: box(s.x, s.y, s.anchor, e) }));
    };
    const tx = f.x.at(THRESHOLD);
    const e = extent("x", font);
    const beside = [
      { x: tx + 5, y: frame.y0 + 3 + e.ascent, anchor: "start" as const },
      { x: tx + 5, y: frame.y1 - 3 - e.descent, anchor: "start" as const },
    ];
    const labels = [
      [...label("fast charging →", beside), ...label("fast →", beside)],
      ...(view === "capacity"
        ? [label(`${CAPACITY_WINDOW} ${UNITS.mAh_cm2.label}`, [
            { x: frame.x1 - 3, y: f.y.at(CAPACITY_WINDOW) - 5 - e.descent, anchor: "end" },
            { x: frame.x1 - 3, y: f.y.at(CAPACITY_WINDOW) + 5 + e.ascent, anchor: "end" },
            { x: frame.x0 + 3, y: f.y.at(CAPACITY_WINDOW) - 5 - e.descent, anchor: "start" },
          ])]
        : []),
    ];
    const g = svg.ownerDocument.createElementNS(SVG_NS, "g");
    for (const c of place(labels, { bounds: frame, gap: 2 })) if (c) svgText(g, c.text, c.x, c.y, font, c.anchor === "middle" ? {} : { "text-anchor": c.anchor });
    svg.append(g);
  }

  // Plot labels every mark group; untyped <g> elements must not carry names (axe), so the chart is named as a whole.
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  // A chart of links is a group: everything but the links is hidden from assistive technology. An image's
  // content is hidden already.
  if (links) for (const el of svg.children) if (!el.classList.contains("ipx-dots")) el.setAttribute("aria-hidden", "true");
  leanSvg(svg, font);
  const summary =
    `Chart of ${VIEW_LABELS[view].short} against current density, both on log scales, for ${points.length} test ` +
    `result${points.length === 1 ? "" : "s"} of ${options.subject}. A dashed line marks ${THRESHOLD} ${UNITS.mA_cm2.label}, where fast charging begins; ` +
    `a ring marks a test in the fast-charging window, a dashed ring one at a fast current whose areal capacity is not printed.`;
  if (links) {
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", `${summary} Each point is a link to its row in the table.`);
    const labels = new Map(points.map((p) => [`#ipx-${p.id}-t${p.test}`, p.label]));
    for (const a of svg.querySelectorAll("a")) {
      const href = a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? "";
      a.setAttribute("href", href);
      a.setAttribute("aria-label", labels.get(href) ?? href);
      a.setAttribute("data-label", labels.get(href) ?? "");
    }
  } else {
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", summary);
  }
  svg.removeAttribute("aria-description");
  return svg;
}
