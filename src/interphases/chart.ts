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

/** Two drawing sizes, so that text stays legible on a phone as well as beside a wide table. */
const SIZES = {
  wide: { width: 640, height: 400, fontSize: "12px", marginLeft: 56, marginBottom: 44 },
  narrow: { width: 340, height: 330, fontSize: "11px", marginLeft: 46, marginBottom: 40 },
} as const;
export type ChartSize = keyof typeof SIZES;
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
  /** Default "wide". */
  size?: ChartSize;
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
  const size = SIZES[options.size ?? "wide"];
  const hidden = "true";
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
  const marks: Plot.Markish[] = pointsOnly
    ? []
    : [
        Plot.ruleX([THRESHOLD], { stroke: "currentColor", strokeDasharray: "5,4", strokeOpacity: 0.8, ariaHidden: hidden }),
        Plot.text(["fast charging →"], { x: THRESHOLD, frameAnchor: "top", textAnchor: "start", dx: 5, dy: 4, fill: "currentColor", ariaHidden: hidden }),
      ];
  marks.push(Plot.link(ranged, { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: (p: ChartPoint) => p.class, strokeWidth: 2, className: "ipx-ranges", ariaHidden: hidden }));
  if (view === "capacity" && !pointsOnly) {
    marks.push(
      Plot.ruleY([CAPACITY_WINDOW], { stroke: "currentColor", strokeDasharray: "2,3", strokeOpacity: 0.6, ariaHidden: hidden }),
      Plot.text([`${CAPACITY_WINDOW} ${UNITS.mAh_cm2.label}`], { y: CAPACITY_WINDOW, frameAnchor: "right", textAnchor: "end", dy: -7, fill: "currentColor", ariaHidden: hidden }),
    );
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
    width: size.width,
    height: size.height,
    marginLeft: size.marginLeft,
    marginBottom: size.marginBottom,
    marginTop: 24,
    marginRight: 16,
    style: { fontSize: size.fontSize, background: "transparent", overflow: "visible" },
    x: { type: "log", domain: domains.x, inset: 10, label: X_LABEL, labelAnchor: "center", labelArrow: "none", tickFormat: formatTick, grid: !pointsOnly, ...(pointsOnly && { axis: null }) },
    y: { type: "log", domain: domains[view], inset: 10, label: VIEW_LABELS[view].y, labelArrow: "none", tickFormat: formatTick, grid: !pointsOnly, ...(pointsOnly && { axis: null }) },
    color: { domain: Object.keys(CLASS_COLOURS), range: Object.values(CLASS_COLOURS) },
    symbol,
    marks,
  }) as unknown as SVGSVGElement;

  // Plot labels every mark group; untyped <g> elements must not carry names (axe), so the chart is named as a whole.
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  for (const el of svg.children) if (el.tagName.toLowerCase() === "g" && !el.classList.contains("ipx-dots")) el.setAttribute("aria-hidden", "true");
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
  svg.classList.add(`ipx-svg-${options.size ?? "wide"}`);
  return svg;
}
