import { describe, expect, test } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { equations } from "@src/models";
import { definition as limits } from "@src/models/limits";
import { evaluate } from "@src/lib/evaluate";
import { BUILD_WIDTHS, baseKey, moveMarks, renderChart, renderFigure, renderPanel, shortLabel } from "@src/calculators/chart";
import { formatForInput } from "@src/lib/format";
import type { DatasetLayer, LinePanel } from "@src/models/types";
import { box, extent, overlaps, type Anchor } from "@src/lib/chart/labels";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

/**
 * Test points for the limits page's map, standing in for the interphase dataset the page supplies: a grid over
 * the currents and capacities published tests use (0.5–20 mA cm⁻², 0.5–10 mAh cm⁻²), denser than the real one.
 */
const grid: DatasetLayer = {
  subject: "test results",
  groups: [{ key: "a", label: "group A", colour: "var(--c-inorganic)" }],
  points: [0.5, 1, 2, 3, 5, 10, 20].flatMap((x) => [0.5, 1, 2, 4, 10].map((y) => ({ x, y, group: "a", href: `/t/${x}-${y}/`, label: `${x}, ${y}` }))),
};

/** Every calculator, and the limits page's, at its defaults and at each preset. */
const states = [...equations, limits].flatMap((def) =>
  [{ name: "defaults", values: {} as Readonly<Record<string, number>> }, ...def.calculator.presets].map((p) => {
    const raw = Object.fromEntries(def.calculator.inputs.map((v) => [v.name, formatForInput(p.values[v.name] ?? v.default)]));
    return { label: `${def.slug}, ${p.name}`, panels: evaluate(def.calculator, raw).panels };
  }),
);
const layers = { "interphase-tests": grid };

/** Each text's box as the layout estimates it, from its attributes and its own or its group's anchor. */
function textBoxes(svg: Element) {
  return [...svg.querySelectorAll("text")].map((t) => {
    const anchor = (t.getAttribute("text-anchor") ?? t.closest("[text-anchor]")?.getAttribute("text-anchor") ?? "middle") as Anchor;
    const label = [...t.childNodes].map((n) => (n.nodeName === "tspan" && (n as Element).getAttribute("font-size") ? `_{${n.textContent}}` : n.textContent)).join("");
    return { text: t.textContent!, rect: box(Number(t.getAttribute("x")), Number(t.getAttribute("y")), anchor, extent(label, 13)) };
  });
}

describe("renderPanel", () => {
  // The smallest panel a 320 px phone shows, the build's two drawings, and a desktop column.
  const widths = [233, BUILD_WIDTHS.narrow, BUILD_WIDTHS.wide, 617];

  test.each(states)("$label: every label inside the chart and clear of the others, at every width", ({ panels }) => {
    for (const width of widths) {
      for (const panel of panels) {
        const svg = renderPanel(Plot, panel, { document: doc, width, layers });
        expect(svg.getAttribute("width")).toBe(String(width));
        const texts = textBoxes(svg);
        // No label covers a linked point: each is a link a reader may want to reach.
        for (const c of svg.querySelectorAll("a circle")) {
          const [cx, cy, r] = ["cx", "cy", "r"].map((k) => Number(c.getAttribute(k)));
          const dot = { x0: cx! - r!, y0: cy! - r!, x1: cx! + r!, y1: cy! + r! };
          for (const t of texts) expect(overlaps(t.rect, dot), `"${t.text}" over a linked point at ${width} px`).toBe(false);
        }
        const height = Number(svg.getAttribute("height"));
        for (const t of texts) {
          expect(t.rect.x0, `${t.text} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(t.rect.x1, `${t.text} at ${width} px`).toBeLessThanOrEqual(width);
          expect(t.rect.y0, `${t.text} at ${width} px`).toBeGreaterThanOrEqual(0);
          expect(t.rect.y1, `${t.text} at ${width} px`).toBeLessThanOrEqual(height);
        }
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            expect(overlaps(texts[i]!.rect, texts[j]!.rect), `"${texts[i]!.text}" / "${texts[j]!.text}" at ${width} px`).toBe(false);
          }
        }
      }
    }
  });

  test("axis titles set their subscripts as smaller, lowered text", () => {
    const panel = states.find((s) => s.label.startsWith("sei-resistivity"))!.panels[0]!;
    const svg = renderPanel(Plot, panel, { document: doc, width: 300 });
    const title = [...svg.querySelectorAll("text")].find((t) => t.textContent!.startsWith("ρSEI"))!;
    const sub = title.querySelector("tspan")!;
    expect(sub.textContent).toBe("SEI");
    expect(sub.getAttribute("font-size")).toBe("11");
    expect(Number(sub.getAttribute("dy"))).toBeGreaterThan(0);
  });

  test("is a named image with Plot's stylesheet and class left out", () => {
    const svg = renderPanel(Plot, states[0]!.panels[0]!, { document: doc, width: 300 });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBeTruthy();
    expect(svg.querySelector("style")).toBeNull();
    // Inline CSS of any kind would be refused by the pages' CSP; the label size is an attribute (13 px, FONT).
    expect(svg.outerHTML).not.toContain("style=");
    expect(svg.getAttribute("font-size")).toBe("13");
    expect(svg.outerHTML).not.toMatch(/plot-[0-9a-f]+|\d\.\d{2,}/);
  });
});

describe("renderChart", () => {
  test("the build gets a narrow and a wide drawing of each panel; the legend names every line, point, rule and band", () => {
    const panels = states.find((s) => s.label.startsWith("sei-voltage-drop"))!.panels;
    const chart = renderChart(Plot, panels, { document: doc, widths: BUILD_WIDTHS });
    expect(chart.querySelectorAll("svg.calc-svg--narrow")).toHaveLength(panels.length);
    expect(chart.querySelectorAll("svg.calc-svg--wide")).toHaveLength(panels.length);
    const legend = [...chart.querySelectorAll(".calc-legend li")].map((li) => li.textContent);
    for (const label of ["ALD Al₂O₃", "sodium formate", "NaF/C–F from PTFE", "20 mV", "current inputs"]) expect(legend).toContain(label);
  });

  test("one width gives one plain drawing per panel", () => {
    const chart = renderChart(Plot, states[0]!.panels, { document: doc, widths: { live: 400 } });
    expect([...chart.querySelectorAll("svg")].map((s) => s.getAttribute("class"))).toEqual(states[0]!.panels.map(() => "calc-svg"));
  });
});

describe("shortLabel", () => {
  test.each([
    ["NaF/C–F from PTFE, 20 µm", "NaF/C–F from PTFE"],
    ["2 mA cm⁻²: fast charging (review)", "2 mA cm⁻²"],
    ["CE 99.9 % (review's target)", "CE 99.9 %"],
    ["sodium formate", undefined],
  ])("%j → %j", (label, expected) => {
    expect(shortLabel(label)).toBe(expected);
  });
});

// The two generic additions the limits page needed: shaded regions between curves, and a layer of linked points
// the page supplies. Drawn with linkedom, as at build time.
const layer: DatasetLayer = {
  subject: "test results",
  groups: [
    { key: "a", label: "group A", colour: "var(--c-inorganic)" },
    { key: "b", label: "group B", colour: "var(--c-organic)" },
    { key: "c", label: "group C (no points)", colour: "var(--c-hybrid)" },
  ],
  points: [
    { x: 2, y: 1, group: "a", href: "/interphases/one/#tests", label: "One: 2 mA cm⁻², 1 mAh cm⁻²" },
    { x: 5, y: 5, group: "b", href: "/interphases/two/#tests", label: "Two: 5 mA cm⁻², 5 mAh cm⁻²" },
    { x: -1, y: 5, group: "b", href: "/interphases/bad/", label: "off a log axis" },
  ],
  note: "Measured under other conditions.",
};

const panel: LinePanel = {
  kind: "line",
  title: "Map",
  x: { label: "j", scale: "log", domain: [0.1, 100] },
  y: { label: "Q", scale: "log", domain: [0.1, 10] },
  series: [],
  areas: [{ label: "region", style: "alt", data: [[10, 1, 10], [100, 0.1, 10], [200, NaN, 10]] }],
  points: [{ x: 2, y: 1, label: "this charge", style: "main" }],
  dataset: "tests",
};

describe("a panel with a point layer", () => {
  const svg = renderPanel(Plot, panel, { document: doc, width: 480, layers: { tests: layer } });

  test("is a named group of links, one per drawable point, each named by its label", () => {
    expect(svg.getAttribute("role")).toBe("group");
    expect(svg.getAttribute("aria-label")).toBe("Map. 2 test results, each a link.");
    const links = [...svg.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/interphases/one/#tests", "/interphases/two/#tests"]);
    expect(links.map((a) => a.getAttribute("aria-label"))).toEqual([layer.points[0]!.label, layer.points[1]!.label]);
    expect(links.every((a) => a.getAttribute("data-label") === a.getAttribute("aria-label"))).toBe(true);
  });

  test("colours each point by its group", () => {
    // A group's colour is set on its mark's <g>, once for all its points.
    const fills = [...svg.querySelectorAll("a circle")].map((c) => c.getAttribute("fill") ?? c.closest("g")!.getAttribute("fill"));
    expect(fills).toEqual(["var(--c-inorganic)", "var(--c-organic)"]);
  });

  test("without the layer, the same panel is an image with no links", () => {
    const plain = renderPanel(Plot, panel, { document: doc, width: 480 });
    expect(plain.getAttribute("role")).toBe("img");
    expect(plain.querySelectorAll("a")).toHaveLength(0);
  });
});

describe("shaded regions", () => {
  test("are drawn as one clipped area per region, its undrawable points dropped", () => {
    const svg = renderPanel(Plot, panel, { document: doc, width: 480 });
    const group = svg.querySelector('g[fill="var(--chart-alt)"]')!;
    expect(group.getAttribute("fill-opacity")).toBe("0.28");
    expect(group.querySelectorAll("path")).toHaveLength(1);
    // Two of the three corners are drawable: the path has a start and one more vertex, and no NaN.
    expect(group.querySelector("path")!.getAttribute("d")).not.toMatch(/NaN/);
    expect(svg.querySelector("clipPath")).not.toBeNull();
  });
});

describe("the caption", () => {
  const html = renderChart(Plot, [panel], { document: doc, widths: { live: 480 }, layers: { tests: layer } }).outerHTML;

  test("lists the region, the reader's point and the groups that have points, and carries the layer's note", () => {
    const caption = parseHTML(`<div>${html}</div>`).document.querySelector("figcaption")!;
    const items = [...caption.querySelectorAll(".calc-legend li")].map((li) => li.textContent);
    expect(items).toEqual(["region", "this charge", "group A", "group B"]);
    expect(caption.querySelector(".calc-panel-note")!.textContent).toBe("Measured under other conditions.");
  });
});

describe("legend labels", () => {
  test("a label with a script is one span beside its swatch, so the flex row does not split j from its subscript", () => {
    const withRule: LinePanel = { ...panel, rulesX: [{ value: 30, label: "j_lim" }] };
    const chart = renderChart(Plot, [withRule], { document: doc, widths: { live: 480 } });
    const item = [...chart.querySelectorAll(".calc-legend li")].find((li) => li.textContent === "jlim")!;
    expect([...item.children].map((c) => c.tagName.toLowerCase())).toEqual(["span", "span"]);
    expect(item.lastElementChild!.innerHTML).toBe("j<sub>lim</sub>");
  });
});

describe("baseKey", () => {
  const moved: LinePanel = { ...panel, points: [{ x: 7, y: 3, label: "this charge", style: "main" }] };
  test.each([
    ["the same panel", true, panel],
    ["its point moved (x 2 → 7, y 1 → 3)", true, moved],
    ["its point renamed (legend text)", false, { ...panel, points: [{ ...panel.points[0]!, label: "that charge" }] }],
    ["its point restyled (legend swatch)", false, { ...panel, points: [{ ...panel.points[0]!, style: "alt" as const }] }],
    ["a second point", false, { ...panel, points: [...panel.points, { x: 3, y: 3, label: "other", style: "ref" as const }] }],
    ["a rule added", false, { ...panel, rulesX: [{ value: 30, label: "j_lim" }] }],
    ["the region's corner moved (10 → 11)", false, { ...panel, areas: [{ ...panel.areas![0]!, data: [[11, 1, 10], [100, 0.1, 10]] as [number, number, number][] }] }],
    ["the x domain widened (100 → 1000)", false, { ...panel, x: { ...panel.x, domain: [0.1, 1000] as [number, number] } }],
  ])("%s: same key %s", (_what, same, other) => {
    expect(baseKey(other) === baseKey(panel)).toBe(same);
  });
});

describe("moveMarks", () => {
  /** The limits page's panels for these inputs (display units), the rest at their defaults. */
  const limitsPanels = (values: Record<string, number>) =>
    evaluate(limits.calculator, Object.fromEntries(limits.calculator.inputs.map((v) => [v.name, formatForInput(values[v.name] ?? v.default)]))).panels;
  const options = { document: doc, widths: { live: 480 }, layers };
  /** Plot numbers its clip paths per drawing; everything else must match. */
  const markup = (el: Element) => el.outerHTML.replace(/plot-clip-\d+/g, "plot-clip");

  test("a change of j alone moves the reader's point in all three charts, to exactly where a full drawing puts it", () => {
    const before = limitsPanels({ j: 2 });
    const after = limitsPanels({ j: 3 });
    for (const [i, p] of before.entries()) {
      const figure = renderFigure(Plot, p, options);
      expect(moveMarks(figure, after[i]!, options), `panel ${i}`).toBe(true);
      expect(markup(figure), `panel ${i}`).toBe(markup(renderFigure(Plot, after[i]!, options)));
    }
    // The map's ring sits at the new j (3 mA cm⁻²) and the default Q (1 mAh cm⁻²).
    const figure = renderFigure(Plot, before[0]!, options);
    moveMarks(figure, after[0]!, options);
    const ring = figure.querySelector(".calc-marks circle")!;
    expect([ring.getAttribute("data-x"), ring.getAttribute("data-y")]).toEqual(["3", "1"]);
  });

  test("moves a point again after a move (it keeps what it drew)", () => {
    const [a, b, c] = [2, 3, 4.5].map((j) => limitsPanels({ j })[0]!);
    const figure = renderFigure(Plot, a!, options);
    expect(moveMarks(figure, b!, options)).toBe(true);
    expect(moveMarks(figure, c!, options)).toBe(true);
    expect(markup(figure)).toBe(markup(renderFigure(Plot, c!, options)));
  });

  test.each([
    ["D (2 → 5 × 10⁻⁶ cm² s⁻¹) moves the depletion region and j_lim (map)", { D: 5e-6 }, 0],
    ["Q (1 → 2 mAh cm⁻²) moves the charge-time curve (Sand's-time chart)", { Q: 2 }, 1],
    ["i0 (default → 0.1 mA cm⁻²) changes the activation curve (budget)", { i0: 0.1 }, 2],
  ])("declines, leaving the figure untouched, when %s", (_what, values, i) => {
    const figure = renderFigure(Plot, limitsPanels({})[i]!, options);
    const drawn = markup(figure);
    expect(moveMarks(figure, limitsPanels(values)[i]!, options)).toBe(false);
    expect(markup(figure)).toBe(drawn);
  });

  test("declines at another width, and for a figure it did not draw", () => {
    const p = limitsPanels({})[0]!;
    const figure = renderFigure(Plot, p, options);
    expect(moveMarks(figure, limitsPanels({ j: 3 })[0]!, { ...options, widths: { live: 400 } })).toBe(false);
    const copy = figure.cloneNode(true) as Element; // as the build wrote it into the page: nothing recorded
    expect(moveMarks(copy, limitsPanels({ j: 3 })[0]!, options)).toBe(false);
  });

  // A rule at x = 5 on fixed 0–10 axes: its label's first place is at the top right of the rule, where the moved
  // point then stands, so the label must move: a full drawing is needed.
  const ruled: LinePanel = {
    kind: "line",
    title: "Ruled",
    x: { label: "x", scale: "linear", domain: [0, 10] },
    y: { label: "y", scale: "linear", domain: [0, 10] },
    series: [],
    points: [{ x: 1, y: 1, label: "now", style: "main" }],
    rulesX: [{ value: 5, label: "limit" }],
  };
  test.each([
    ["near the axes' origin, far from the label (1, 1) → (2, 2)", { x: 2, y: 2 }, true],
    ["onto the rule's label at the top right (1, 1) → (5.6, 9.6)", { x: 5.6, y: 9.6 }, false],
  ])("a point moved %s: moved %s", (_what, to, moves) => {
    const opts = { document: doc, widths: { live: 400 } };
    const figure = renderFigure(Plot, ruled, opts);
    const next: LinePanel = { ...ruled, points: [{ ...ruled.points[0]!, ...to }] };
    expect(moveMarks(figure, next, opts)).toBe(moves);
    if (moves) expect(markup(figure)).toBe(markup(renderFigure(Plot, next, opts)));
  });

  test("a point that moves off an automatic domain needs a full drawing", () => {
    const auto: LinePanel = { ...ruled, y: { label: "y", scale: "linear" }, series: [{ label: "s", style: "alt", data: [[0, 0], [10, 5]] }] };
    const opts = { document: doc, widths: { live: 400 } };
    const figure = renderFigure(Plot, auto, opts);
    expect(moveMarks(figure, { ...auto, points: [{ ...auto.points[0]!, y: 4 }] }, opts)).toBe(true);
    expect(moveMarks(figure, { ...auto, points: [{ ...auto.points[0]!, y: 8 }] }, opts)).toBe(false);
  });
});
